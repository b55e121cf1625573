import { drillKind } from '@ostoja/domain/reporting/mrpips';
import type { StaffContext } from '../../http/context.ts';
import { fieldError } from '../../http/errors.ts';
import { monthEnd } from './dashboard-repo.ts';
import { drillPage, figureOf } from './mrpips-service.ts';

// The lists behind the dashboard's figures: a month of the same drill-down lists MRPiPS-03 opens
// (same CTEs, same row scope), so a figure is the length of its list — or, for money, its sum.

/** Dashboard figure → the MRPiPS-03 figure whose list it is, over one month. */
function mrpipsFigure(figure: string): string | null {
  if (figure === 'helped.persons') return 'benefits.total.personsInFamilies';
  if (figure === 'helped.families') return 'benefits.total.families';
  const paid = /^payments\.([A-Za-z]+)$/.exec(figure);
  return paid ? `benefits.${paid[1]}.amount` : null;
}

export async function dashboardList(
  ctx: StaffContext,
  figure: string,
  month: string,
  page: { after?: string | undefined; limit: number },
) {
  const id = mrpipsFigure(figure);
  if (!id) throw fieldError('figure', 'validation.reporting.figure');
  const f = figureOf(id);
  const { items, nextCursor } = await drillPage(ctx, f, { from: `${month}-01`, to: monthEnd(month) }, page);
  await ctx.audit({
    action: 'list',
    entity: 'dashboardFigure',
    entityId: figure,
    details: { month, results: items.length },
  });
  return {
    figure,
    month,
    kind: drillKind(f),
    items: items.map(({ sortKey: _s, ...rest }) => rest),
    nextCursor,
  };
}
