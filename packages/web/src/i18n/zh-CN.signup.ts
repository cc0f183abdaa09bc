// The one-time code at sign-up (registration page).
export const zhCNSignUp = {
  signUp: {
    code: '验证码',
    send: '获取验证码',
    resend: '重新获取',
    resendIn: '重新获取 ({{seconds}}s)',
    help: '验证码将发送到上面的手机号（短信）或电子邮箱，用于确认它属于您。',
    sent: '验证码已发送至 {{to}}，10 分钟内有效。没有收到？请检查号码或邮箱是否填对，稍后可重新获取。',
    codeRequired: '请输入收到的 6 位数字验证码',
  },
};
