// Filing editor: five steps in one form; the draft is saved (PUT) whenever the user moves between steps,
// and a failed submission lists everything missing at once, linked to the fields.
import type { CorrectionSection, ErrorDetail, FilingView, MaterialKind } from '@lian/contract';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, ConfigProvider, Form, Steps, Typography } from 'antd';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { api } from '../../../api/endpoints';
import { isApiError, type FieldName } from '../../../api/errors';
import { useApiErrors } from '../../../api/useApiErrors';
import { useMe } from '../../../auth/session';
import { QueryState } from '../../../components/QueryState';
import { DecisionCards } from '../../../components/filing/DecisionCards';
import { maskIdNumber } from '../../../lib/domain';
import { AccountNotVerified } from './components/AccountNotVerified';
import { ClaimsStep } from './components/ClaimsStep';
import { ConfirmStep } from './components/ConfirmStep';
import { DefendantsStep } from './components/DefendantsStep';
import { MaterialsStep } from './components/MaterialsStep';
import { MissingList, scrollToPath } from './components/MissingList';
import { PlaintiffStep } from './components/PlaintiffStep';
import { draftBodyFromValues, isEditorField, stepOfPath, steps, valuesFromView, type EditorValues } from './draft';

function materialProblems(details: readonly ErrorDetail[], localize: (d: ErrorDetail) => string) {
  const out: Partial<Record<MaterialKind | 'all', string[]>> = {};
  for (const d of details) {
    const [head, kind] = d.path.split('.');
    if (head !== 'materials') continue;
    const key = (kind && ['complaint', 'evidence', 'identity', 'other'].includes(kind) ? kind : 'all') as MaterialKind | 'all';
    (out[key] ??= []).push(localize(d));
  }
  return out;
}

/** Which sections each editor step holds (the confirm step holds none and stays open). */
const stepSections: ReadonlyArray<ReadonlyArray<CorrectionSection>> = [
  ['plaintiff'],
  ['defendants'],
  ['claims', 'factsAndReasons', 'causeOfAction'],
  ['materials'],
  [],
];

function stepUnlocked(filing: FilingView, step: number): boolean {
  const open = filing.editableSections;
  const held = stepSections[step] ?? [];
  return open === 'all' || held.length === 0 || held.some((s) => open.includes(s));
}

function Editor({ filing }: { filing: FilingView }) {
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const errors = useApiErrors();
  const client = useQueryClient();
  const navigate = useNavigate();
  const me = useMe();
  const [params, setParams] = useSearchParams();
  const step = Math.min(Math.max(Number(params.get('step') ?? 0) || 0, 0), steps.length - 1);
  const setStep = (n: number) => setParams({ step: String(n) }, { replace: true });
  const [form] = Form.useForm<EditorValues>();
  const [initialValues] = useState(() => valuesFromView(filing));
  const lastSaved = useRef(JSON.stringify(draftBodyFromValues(initialValues)));
  const [busy, setBusy] = useState<'save' | 'submit' | null>(null);
  const [notVerified, setNotVerified] = useState<'IDENTITY_UNVERIFIED' | 'LAWYER_NOT_VERIFIED' | null>(null);
  const [missing, setMissing] = useState<ErrorDetail[]>([]);
  const missingRef = useRef<HTMLDivElement>(null);

  const cache = (f: FilingView) => client.setQueryData(['filing', f.id], { filing: f });
  const refresh = () => void client.invalidateQueries({ queryKey: ['filing', filing.id] });

  const placeErrors = (error: unknown) => errors.applyToForm(form, error, isEditorField);

  /** Saves when something changed. Returns false (and shows where) when the server or a field check refused. */
  async function save(): Promise<boolean> {
    try {
      await form.validateFields({ recursive: true });
    } catch (info) {
      const first = (info as { errorFields?: { name: FieldName }[] }).errorFields?.[0];
      if (first) {
        setStep(stepOfPath(first.name.join('.')));
        setTimeout(() => scrollToPath(first.name.join('.')), 50);
        return false;
      }
    }
    const body = draftBodyFromValues(form.getFieldsValue(true) as EditorValues);
    const json = JSON.stringify(body);
    if (json === lastSaved.current) return true;
    try {
      const { filing: saved } = await api.saveFiling(filing.id, body);
      lastSaved.current = json;
      cache(saved);
      return true;
    } catch (error) {
      errors.notify(error);
      if (isApiError(error, 'FILING_NOT_EDITABLE')) refresh();
      const placed = placeErrors(error);
      const first = placed.fields[0];
      if (first) {
        setStep(stepOfPath(first.name.join('.')));
        setTimeout(() => scrollToPath(first.name.join('.')), 50);
      }
      return false;
    }
  }

  async function goTo(target: number) {
    if (target === step || busy) return;
    setBusy('save');
    const ok = await save();
    setBusy(null);
    if (ok) {
      setStep(target);
      window.scrollTo({ top: 0 });
    }
  }

  async function saveOnly() {
    setBusy('save');
    const ok = await save();
    setBusy(null);
    if (ok) void message.success(t('editor.saved'));
  }

  async function submit() {
    setBusy('submit');
    try {
      if (!(await save())) return;
      const { filing: submitted } = await api.submitFiling(filing.id);
      cache(submitted);
      void client.invalidateQueries({ queryKey: ['filings'] });
      void message.success(t('editor.confirm.submitted'));
      void navigate(`/filings/${filing.id}`, { replace: true });
    } catch (error) {
      if (isApiError(error, 'FILING_INCOMPLETE')) {
        setMissing(error.details);
        placeErrors(error);
        setTimeout(() => {
          missingRef.current?.scrollIntoView({ behavior: 'smooth' });
          missingRef.current?.querySelector('a')?.focus();
        }, 50);
      } else if (isApiError(error, 'IDENTITY_UNVERIFIED') || isApiError(error, 'LAWYER_NOT_VERIFIED')) {
        setNotVerified(error.code as 'IDENTITY_UNVERIFIED' | 'LAWYER_NOT_VERIFIED');
      } else {
        errors.notify(error);
        if (isApiError(error, 'FILING_NOT_EDITABLE') || isApiError(error, 'FILING_STATE_CONFLICT')) refresh();
      }
    } finally {
      setBusy(null);
    }
  }

  const goToDetail = (d: ErrorDetail) => {
    setStep(stepOfPath(d.path));
    setTimeout(() => scrollToPath(d.path), 80);
  };

  const own = filing.plaintiffs[0];
  // The account's verified identity, with the ID number masked on screen.
  const plaintiff = me.data
    ? { name: me.data.realName, idNumberMasked: me.data.idNumberMasked }
    : own
      ? { name: own.name, idNumberMasked: own.idNumber ? maskIdNumber(own.idNumber) : null }
      : null;
  const panels = [
    <PlaintiffStep key="p" plaintiff={plaintiff} />,
    <DefendantsStep key="d" />,
    <ClaimsStep key="c" initialCause={filing.causeOfAction} />,
    <MaterialsStep key="m" filing={filing} onChanged={refresh} problems={materialProblems(missing, errors.localize)} />,
    <ConfirmStep key="s" filing={filing} />,
  ];

  return (
    <>
      <div className="page-title-row">
        <Typography.Title level={1} style={{ fontSize: 26 }}>
          {t('editor.title')}
        </Typography.Title>
        <span className="secondary">{filing.court.name}</span>
      </div>
      {filing.state === 'correction_requested' && <DecisionCards filing={filing} />}
      {filing.state === 'correction_requested' && (
        <Alert type="warning" showIcon style={{ margin: '16px 0' }} title={t('decisions.correctingBanner')} />
      )}
      <AccountNotVerified code={notVerified} />
      <div ref={missingRef}>
        <MissingList items={missing} localize={errors.localize} onGo={goToDetail} />
      </div>
      <Steps
        className="editor-steps"
        current={step}
        size="small"
        onChange={(n) => void goTo(n)}
        items={steps.map((key) => ({
          title: t(`editor.steps.${key}`),
          status: missing.some((d) => steps[stepOfPath(d.path)] === key) ? 'error' : undefined,
        }))}
      />
      <Form form={form} name="filing" layout="vertical" size="large" initialValues={initialValues} scrollToFirstError={false}>
        {panels.map((panel, i) => (
          <div key={i} style={{ display: i === step ? 'block' : 'none' }}>
            {/* Under a correction notice only the steps holding a named section can change (the server enforces it). */}
            {stepUnlocked(filing, i) ? (
              panel
            ) : (
              <>
                <Alert type="info" showIcon style={{ marginBottom: 16 }} title={t('decisions.lockedStep')} />
                <ConfigProvider componentDisabled>{panel}</ConfigProvider>
              </>
            )}
          </div>
        ))}
      </Form>
      <div className="step-actions">
        <Button size="large" disabled={step === 0 || busy !== null} onClick={() => void goTo(step - 1)}>
          {t('editor.prev')}
        </Button>
        <Button size="large" loading={busy === 'save'} disabled={busy === 'submit'} onClick={() => void saveOnly()}>
          {t('editor.save')}
        </Button>
        {step < steps.length - 1 ? (
          <Button type="primary" size="large" loading={busy === 'save'} disabled={busy === 'submit'} onClick={() => void goTo(step + 1)}>
            {t('editor.next')}
          </Button>
        ) : (
          <Button
            type="primary"
            size="large"
            loading={busy === 'submit'}
            disabled={busy === 'save'}
            onClick={() =>
              modal.confirm({
                title: t('editor.confirm.submitConfirm'),
                okText: t('editor.confirm.submit'),
                cancelText: t('filings.cancel'),
                onOk: () => void submit(),
              })
            }
          >
            {t('editor.confirm.submit')}
          </Button>
        )}
      </div>
    </>
  );
}

export default function FilingEditPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const query = useQuery({ queryKey: ['filing', id], queryFn: () => api.filing(id) });
  return (
    <QueryState query={query}>
      {({ filing }) =>
        filing.allowed.edit ? (
          <Editor key={filing.id} filing={filing} />
        ) : (
          <Alert
            type="info"
            showIcon
            title={t('editor.notEditable')}
            action={
              <Link to={`/filings/${filing.id}`}>
                <Button type="primary">{t('editor.viewDetail')}</Button>
              </Link>
            }
          />
        )
      }
    </QueryState>
  );
}
