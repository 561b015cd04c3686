export type * from './config'
export type * from './global'
export type * from './third-party'
