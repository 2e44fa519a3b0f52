import { pickAndUploadPhotos } from '@/services/photos'

/** One picture for an image block: picked, uploaded to boards/, its fileID; or why not (null when the person closed the picker). */
export async function pickBoardImage(): Promise<{ fileID: string } | { problem: string } | null> {
  const picked = await pickAndUploadPhotos('boards', 1)
  if (picked.fileIDs[0]) return { fileID: picked.fileIDs[0] }
  return picked.problem ? { problem: picked.problem } : null
}
