export * from './clearance'
export * from './roles'
