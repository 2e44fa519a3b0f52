/**
 * What an <Image src> needs for a stored photo: weapp draws cloud:// fileIDs itself; h5 reads the
 * bytes through the local cloud's gateway (GET /api/storage/file, local-cloud/storage-gateway.ts).
 * Kept apart from photos.ts so read-only screens (the villager's pledge board) carry no upload code.
 */
export function photoUrl(fileID: string): string {
  if (process.env.TARO_ENV === 'weapp' || !fileID.startsWith('cloud://')) return fileID
  return `${process.env.TARO_APP_API_BASE ?? ''}/api/storage/file?fileID=${encodeURIComponent(fileID)}`
}
