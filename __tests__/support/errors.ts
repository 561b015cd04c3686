import { expect } from 'vitest'

/** The message of the error `run` throws, which must be a `type`; fails the test when nothing is thrown. */
export function messageOf(run: () => unknown, type: abstract new (...args: never[]) => Error): string {
  try {
    run()
  } catch (error) {
    expect(error).toBeInstanceOf(type)
    return (error as Error).message
  }
  throw new Error('no error was thrown')
}
