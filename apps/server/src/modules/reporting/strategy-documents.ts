import type { StaffContext } from '../../http/context.ts';
import { renderStrategyDocx } from './strategy-docx.ts';
import { renderStrategyPdf } from './strategy-pdf.ts';
import { report } from './strategy-service.ts';

// The yearly strategy report as a file for the city council: PDF to print, DOCX to edit.

export const REPORT_FORMATS = ['pdf', 'docx'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

const CONTENT_TYPES: Record<ReportFormat, string> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};

export async function reportFile(ctx: StaffContext, id: string, year: number, format: ReportFormat) {
  const r = await report(ctx, id, year);
  await ctx.audit({ action: 'export', entity: 'strategyReport', entityId: id, details: { year, format } });
  const body =
    format === 'pdf' ? await renderStrategyPdf(r, ctx.locale) : await renderStrategyDocx(r, ctx.locale);
  return { body, filename: `strategia-${year}.${format}`, contentType: CONTENT_TYPES[format] };
}
