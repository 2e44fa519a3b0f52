import Taro from '@tarojs/taro'
import { downloadCloudFile, type XlsxExport } from '@/services/survey'

/**
 * Opens the exported workbook: h5 lets the browser download it; weapp downloads the file and
 * opens it in WeChat's document viewer (from where it can be sent on or saved). Answers what to tell the person.
 */
export async function openDownloadedFile({ fileID, downloadUrl, fileName }: XlsxExport): Promise<string> {
  if (process.env.TARO_ENV === 'weapp') {
    try {
      const tempFilePath = await downloadCloudFile(fileID)
      if (!tempFilePath) throw new Error('download failed')
      await Taro.openDocument({ filePath: tempFilePath, fileType: 'xlsx', showMenu: true })
      return `已打开“${fileName}”，可点右上角“…”转发或保存。`
    } catch {
      return '表格没有下载成功，请检查网络后再点一次“导出 Excel 表”。'
    }
  }
  const link = document.createElement('a')
  link.href = downloadUrl
  link.download = fileName
  document.body.appendChild(link)
  link.click()
  link.remove()
  return `已开始下载“${fileName}”。`
}
