// Shows request errors the same way everywhere: a toast with the message for the code,
// and details next to their form fields.
import type { ErrorDetail } from '@lian/contract';
import { App } from 'antd';
import type { FormInstance } from 'antd';
import { useTranslation } from 'react-i18next';
import { localizeIssue } from '../lib/domain';
import { currentLanguage } from '../i18n';
import { ApiError } from './client';
import { errorMessage, mapDetailsToFields, type FieldErrors, type FieldName } from './errors';

export function useApiErrors() {
  const { t } = useTranslation();
  const { message } = App.useApp();

  const localize = (detail: ErrorDetail) => localizeIssue(detail, currentLanguage());

  return {
    message: (error: unknown) => errorMessage(t, error),
    localize,
    notify: (error: unknown) => {
      if (error instanceof DOMException && error.name === 'AbortError') return;
      void message.error(errorMessage(t, error));
    },
    /** Puts the error's details on the form's fields; returns what could not be placed. */
    applyToForm: (form: FormInstance, error: unknown, isField?: (name: FieldName) => boolean): FieldErrors => {
      if (!(error instanceof ApiError)) return { fields: [], others: [] };
      const mapped = mapDetailsToFields(error.details, isField ?? (() => true), localize);
      form.setFields(mapped.fields.map((f) => ({ name: f.name, errors: f.errors })));
      return mapped;
    },
  };
}
