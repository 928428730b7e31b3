// Dev-server additions for the test suite: fault-serving middleware and server commands.
export const testServerMiddleware = [];
export const testServerPlugins = [];
