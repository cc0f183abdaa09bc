// Strings of the judge's workspace (我的案件), en.
export const enJudge = {
  judge: {
    nav: 'My cases',
    title: 'My cases',
    intro: 'The cases the filing division has assigned to you, most recently assigned first.',
    empty: 'No cases are assigned to you yet',
    emptyHint:
      'Once the filing division registers a case and assigns it to you, it appears here: case number, cause of action, parties, registration and assignment dates, and whether the court fee is paid.',
    noMatch: 'No case matches',
    search: 'Search case number or party',
    searchLabel: 'Case number or party name',
    feeFilter: 'Court fee',
    allFeeStates: 'All',
    total: '{{count}} cases',
    open: 'Open',
    columns: {
      caseNumber: 'Case number',
      causeOfAction: 'Cause of action',
      parties: 'Parties',
      registeredOn: 'Registered',
      assignedOn: 'Assigned',
      fee: 'Court fee',
      procedure: 'Procedure',
    },
    versus: 'v.',
    feeState: {
      due: 'Fee due',
      aid_pending: 'Judicial aid pending',
      paid: 'Fee paid',
      waived: 'Fee waived',
      lapsed: 'Unpaid: treated as withdrawn',
    },
    dueBy: 'due by {{date}}',
    dueDays: '{{count}} days left',
    dueToday: 'due today',
    overdue: '{{count}} days overdue',
    caseTitle: 'Case',
    backToList: 'Back to my cases',
    readOnly:
      'You are the judge assigned to this case. This page is read-only: fees, judicial aid and registration are handled by the parties and the filing division.',
    assignedOn: 'Assigned',
  },
};
