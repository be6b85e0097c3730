// The AVRR API client: one namespace per service, because each generated package carries its own runtime
// (Configuration, ResponseError, ...). Generated at build from deploy/contracts/openapi/*.yaml.
export * as referral from '../target/generated/referral';
export * as cases from '../target/generated/case';
export * as grant from '../target/generated/grant';
export * as monitoring from '../target/generated/monitoring';
