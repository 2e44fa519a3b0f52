import { act, fireEvent, screen, waitFor } from '@testing-library/react'

/** Taps the `index`-th element showing `text` (the first by default), letting React settle. */
export async function tap(text: string | RegExp, index = 0) {
  await act(async () => {
    fireEvent.click(screen.getAllByText(text)[index])
  })
}

/** Types into the input named `name` once the page has drawn it. */
export async function type(name: string, value: string) {
  const box = await waitFor(() => {
    const input = document.querySelector<HTMLInputElement>(`input[name="${name}"]`)
    if (!input) throw new Error(`no input named ${name} yet`)
    return input
  })
  await act(async () => {
    fireEvent.input(box, { target: { value } })
  })
}
