import { useI18n } from '../../app/i18n.tsx';

/** A decision's PDF to download, named by its number ("decyzja-OPS_1_2026.pdf"). */
export function DecisionPdfLink({
  id,
  number,
  className,
}: {
  id: string;
  number: string;
  className?: string;
}) {
  const { t } = useI18n();
  return (
    <a
      className={className}
      href={`/api/v1/decisions/${id}/pdf`}
      download={`decyzja-${number.replace(/[^\w.-]+/g, '_')}.pdf`}
    >
      {t('decision.downloadPdf', { number })}
    </a>
  );
}
