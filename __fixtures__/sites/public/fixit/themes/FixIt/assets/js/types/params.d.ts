/**
 * Hugo `@params` type declarations
 * This file provides TypeScript type definitions for Hugo's `@params` module
 */

declare module '@params' {
  export const defaultTheme: string
}
