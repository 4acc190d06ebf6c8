import fc from 'fast-check';

// Mutation testing runs the suite once per mutant: 100 runs per property are
// enough to kill a mutant, and keep the whole run within minutes.
fc.configureGlobal({ numRuns: 100 });
