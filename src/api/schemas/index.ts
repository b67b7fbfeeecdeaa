/**
 * The backend contract. Every request body and response the app exchanges with `/api/`
 * is described here and nowhere else; types are inferred from these schemas, the mock
 * backend is checked against them, and docs/api.schema.json is generated from them.
 * Split in modules so each screen's chunk carries only the schemas it uses.
 */
export * from './auth.ts';
export * from './common.ts';
export * from './push.ts';
export * from './push-subscription.ts';
export * from './records.ts';
export * from './requests.ts';
