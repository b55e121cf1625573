import type { StaffContext } from '../../http/context.ts';
import { renderStrategyDocx } from './strategy-docx.ts';
import { renderStrategyPdf } from './strategy-pdf.ts';
import { report } from './strategy-service.ts';
import { renderStrategyXlsx } from './strategy-xlsx.ts';

// The yearly strategy report as a file for the city council: PDF to print, DOCX to edit, XLSX to count.

export const REPORT_FORMATS = ['pdf', 'docx', 'xlsx'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

const CONTENT_TYPES: Record<ReportFormat, string> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

const RENDER = { pdf: renderStrategyPdf, docx: renderStrategyDocx, xlsx: renderStrategyXlsx };

export async function reportFile(ctx: StaffContext, id: string, year: number, format: ReportFormat) {
  const r = await report(ctx, id, year);
  await ctx.audit({ action: 'export', entity: 'strategyReport', entityId: id, details: { year, format } });
  const body = await RENDER[format](r, ctx.locale);
  return { body, filename: `strategia-${year}.${format}`, contentType: CONTENT_TYPES[format] };
}
