import fc from 'fast-check';

// Every property of the test suite is tried on 1,000 generated inputs.
fc.configureGlobal({ numRuns: 1000 });
