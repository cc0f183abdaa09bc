// What the four decision modals share: send the decision, report it done, or show why the server refused.
import type { FilingView } from '@lian/contract';
import { useMutation } from '@tanstack/react-query';
import type { FormInstance } from 'antd';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../../api/errors';

export interface DecisionModalProps {
  filing: FilingView;
  open: boolean;
  onClose: () => void;
  onDone: (f: FilingView) => void;
}

export function useDecision<V>(decide: (values: V) => Promise<{ filing: FilingView }>, onDone: (f: FilingView) => void) {
  const { t } = useTranslation();
  const m = useMutation({ mutationFn: decide, onSuccess: (r) => onDone(r.filing) });
  return {
    busy: m.isPending,
    error: m.error ? errorMessage(t, m.error) : null,
    send: (values: V) => m.mutate(values),
    /** Sends the form's values once they pass its own rules (which show their messages otherwise). */
    sendForm: (form: FormInstance<V>) =>
      form.validateFields().then(
        (v) => m.mutate(v),
        () => undefined,
      ),
  };
}
