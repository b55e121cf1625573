import { CodeInput } from '@ostoja/domain/counselling/booking';
import { useMutation } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { Link } from 'react-router-dom';
import type { ApiError } from '../../api/client.ts';
import { counsellingApi, type LookedUp } from '../../api/counselling.ts';
import { useI18n } from '../../app/i18n.tsx';
import { Alert } from '../../components/feedback.tsx';
import { AskFirstButton } from '../../components/kit/ask-first-button.tsx';
import { CodeField } from '../../components/kit/code-field.tsx';
import { PortalLookupForm } from '../../components/kit/portal-lookup-form.tsx';
import { useEditForm } from '../../components/kit/use-edit-form.ts';
import { Page } from '../../components/page.tsx';
import { useCounsellingChanged } from './queries.ts';
import { SlotDetails } from './slot-text.tsx';

/** A booking found by its code: what it is, and cancelling it (asked first, it cannot be undone). */
function Found({
  booking,
  code,
  onChange,
}: {
  booking: LookedUp;
  code: string;
  onChange(b: LookedUp): void;
}) {
  const { t, msg } = useI18n();
  const changed = useCounsellingChanged();
  const cancel = useMutation<LookedUp, ApiError>({
    mutationFn: () => counsellingApi.cancelByCode(code),
    onSuccess: (b) => {
      changed.slots(b.specialistId);
      onChange(b);
    },
  });
  const heading = useRef<HTMLHeadingElement>(null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: focus when a (new) status is shown
  useEffect(() => heading.current?.focus(), [booking.status]);

  const cancelled = booking.status === 'cancelled';
  const problem = cancel.error;
  return (
    <section aria-labelledby="found-h">
      <h2 id="found-h" ref={heading} tabIndex={-1}>
        {t('couns.my.status', { status: t(`bookingStatus.${booking.status}`) })}
      </h2>
      {cancelled ? (
        <Alert kind="success">
          <p>{t('couns.my.cancelled')}</p>
        </Alert>
      ) : null}
      <SlotDetails slot={booking} />
      {problem ? (
        <Alert focus>{problem.status === 0 ? t('error.network') : msg(problem.message)}</Alert>
      ) : null}
      {booking.canCancel ? (
        <AskFirstButton
          paragraph
          label={t('couns.my.cancel')}
          title={t('couns.my.confirmTitle')}
          confirmLabel={t('couns.my.confirmYes')}
          busy={cancel.isPending}
          onConfirm={(close) => cancel.mutate(undefined, { onSettled: close })}
        >
          <p>{t('couns.my.confirmText')}</p>
        </AskFirstButton>
      ) : null}
      {!booking.canCancel && !cancelled ? <p>{t('couns.my.cannotCancel')}</p> : null}
      <p>
        <Link to={`/portal/counselling/book?specialist=${booking.specialistId}`}>
          {t('couns.my.bookAgain')}
        </Link>
      </p>
    </section>
  );
}

/** "Moja rezerwacja": type the code to see the booking and cancel it. */
export function MyBookingPage() {
  const { t } = useI18n();
  const [found, setFound] = useState<{ booking: LookedUp; code: string } | null>(null);
  const f = useEditForm({
    schema: CodeInput,
    defaultValues: { code: '' },
    toBody: (v) => ({ code: v.code }),
    save: async (body) => ({ booking: await counsellingApi.lookup(body.code), code: body.code.trim() }),
    onSaved: setFound,
  });
  return (
    <Page title={t('couns.my.title')} lead={t('couns.my.lead')}>
      <PortalLookupForm
        form={f}
        notFound={t('couns.my.notFound')}
        onSearch={() => setFound(null)}
        submitLabel={t('couns.my.find')}
      >
        <CodeField {...f.bind('code')} label={t('couns.my.code')} hint={t('couns.my.codeHint')} required />
      </PortalLookupForm>
      {found ? (
        <Found
          booking={found.booking}
          code={found.code}
          onChange={(booking) => setFound({ booking, code: found.code })}
        />
      ) : null}
    </Page>
  );
}
