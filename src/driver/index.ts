/** The driver: the one way to load, validate and resolve a root (see driver.ts), and its host interface. */
export { Driver, PARALLEL_MIN_FILES } from './driver.js';
export type { CacheMode, CheckStats, DriverOptions, EmitOptions, RootCheck, RootCompile } from './driver.js';
export { memoryHost } from './host.js';
export type { EmitJob, Host, StateStore, Workers } from './host.js';
export { check, checkResults, compile, makeRuleContext, runRules } from './pipeline.js';
export type { CheckOptions, CheckResult, CompileResult } from './pipeline.js';
