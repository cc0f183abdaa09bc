// A lawyer's practising certificate put on file or changed from the account page.
export const enExport = {
  lawyerCertificate: {
    missing:
      'Your account has no practising certificate on file (it was created before certificates were recorded), so a court administrator cannot verify it and you cannot file for clients yet. Enter your certificate number and law firm for a court administrator to verify.',
    intro: {
      pending:
        'Your certificate is waiting for a court administrator. If something is wrong, correct it here; the latest submission is the one checked.',
      refused: 'Your certificate was not verified. Correct it against your certificate and submit it again for a new check.',
      verified:
        'Your certificate is verified. Changing the number or law firm needs a new verification; until then you cannot file for clients.',
    },
    change: 'Correct certificate details',
    submit: 'Submit for verification',
    cancel: 'Cancel',
    submitted: 'Submitted: waiting for a court administrator',
  },
};
