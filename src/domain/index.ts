export * from './types';
export * from './langs';
export * from './sdgs';
export * from './regions';
export * from './supportForms';
export * from './kinds';
export * from './relations';
