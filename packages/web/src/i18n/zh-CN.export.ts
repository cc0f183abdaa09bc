// A lawyer's practising certificate put on file or changed from the account page.
export const zhCNExport = {
  lawyerCertificate: {
    missing:
      '您的账户尚无律师执业证信息（账户创建早于执业证登记），法院管理员无法核验，暂不能代理提交立案。请填写执业证号和执业机构，提交法院管理员核验。',
    intro: {
      pending: '执业证正在等待法院管理员核验。如填写有误，可在此更正，核验顺序以最后一次提交为准。',
      refused: '执业证未通过核验。请对照执业证更正后重新提交，法院管理员将重新核验。',
      verified: '执业证已核验。更换执业证号或执业机构后需重新核验，核验通过前不能代理提交立案。',
    },
    change: '更正执业证信息',
    submit: '提交核验',
    cancel: '取消',
    submitted: '已提交，等待法院管理员核验',
  },
};
