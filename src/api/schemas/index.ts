/**
 * The backend contract. Every request body and response the app exchanges with `/api/`
 * is described here and nowhere else; types are inferred from these schemas, the mock
 * backend is checked against them, and docs/api.schema.json is generated from them.
 * Split in modules so each screen's chunk carries only the schemas it uses.
 */
export * from './auth';
export * from './common';
export * from './push';
export * from './records';
export * from './requests';
