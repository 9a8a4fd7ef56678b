export * from './clearance'
export * from './roles'
export * from './readRule'
