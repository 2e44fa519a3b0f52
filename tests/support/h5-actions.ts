import { act, fireEvent, screen, waitFor } from '@testing-library/react'

/** Taps the `index`-th element showing `text` (the first by default), letting React settle. */
export async function tap(text: string | RegExp, index = 0) {
  await act(async () => {
    fireEvent.click(screen.getAllByText(text)[index])
  })
}

/** Types into the input or textarea named `name` once the page has drawn it (Taro's h5 Input and Textarea render real ones). */
export async function type(name: string, value: string) {
  const box = await waitFor(() => {
    const field = document.querySelector<HTMLInputElement | HTMLTextAreaElement>(`input[name="${name}"], textarea[name="${name}"]`)
    if (!field) throw new Error(`no input or textarea named ${name} yet`)
    return field
  })
  await act(async () => {
    fireEvent.input(box, { target: { value } })
  })
}
