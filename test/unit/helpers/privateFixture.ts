/** test/fixtures/security/private-nested.json: private fields at every depth and in every case. */
export const PRIVATE_NESTED = 'test/fixtures/security/private-nested.json';

/** The values of its private fields: none may be published. */
export const PRIVATE_NESTED_SECRETS = [
  'nested-secret-5120@example.org',
  'LIST-SECRET-0606',
  'Tresor-Secret-7001@example.org',
  'Upper-Secret-9931@example.org',
  '+33 1 99 51 20 00',
];

/** Words of the quotes that cite them, which go with them. */
export const PRIVATE_NESTED_QUOTES = ['Écrire à l', 'joignable au'];
