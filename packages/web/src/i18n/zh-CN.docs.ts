// Strings of the audit record's details where free text is kept only as a digest: zh-CN.
export const zhCNDocs = {
  auditDigest: {
    note: 'reasonSha256、itemsSha256 是文字内容（理由、补正事项等）的 SHA-256 摘要：审计日志不保存原文和个人信息，原文随立案材料保存，可据此核对其未被改动。',
  },
};
