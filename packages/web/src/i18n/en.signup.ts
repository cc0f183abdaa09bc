// The one-time code at sign-up (registration page).
export const enSignUp = {
  signUp: {
    code: 'Verification code',
    send: 'Send code',
    resend: 'Send again',
    resendIn: 'Again in {{seconds}} s',
    help: 'The code goes to the mobile number (by SMS) or e-mail address above, to confirm that it is yours.',
    sent: 'A code was sent to {{to}}, valid for 10 minutes. Nothing arrived? Check the number or address; you can ask again shortly.',
    codeRequired: 'Enter the 6-digit code you received',
  },
};
