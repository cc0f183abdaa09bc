// Strings of the materials views (download links, previews): zh-CN.
export const zhCNMaterials = {
  materialLinks: {
    failed: '无法取得文件链接，请刷新页面后重试。',
  },
};
