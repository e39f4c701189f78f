// Package rank counts ranked and graded questions (issue 17) from their
// decrypted ballots: instant runoff (IRV), the single transferable vote
// by the Scottish STV rules (STV), Condorcet–Schulze (Schulze) and
// majority judgment (MajorityJudgment). docs/protocol.md, section 16,
// writes each rule as numbered steps, so that another implementation
// counts the same; this package is those steps and nothing else: pure
// functions of the ballots and a public seed, no I/O, no secret.
//
// A decrypted ballot is one small integer per candidate (its rank or
// grade, 0 for none; docs/protocol.md, section 6). DecodeRanking and
// DecodeGrades apply the answer rule (section 16.1): a ballot that
// breaks it is spoiled, one that ranks or grades nobody is blank, and
// both are counted as such and take no other part in the count. Rankings
// collects the valid rankings of a question compactly (one byte per
// preference), Grades the histogram of each candidate's grades.
//
// Ties that the rules do not settle by the ballots are settled by lot,
// and the lot is a published function of a seed (Lot): anyone re-running
// the count with the same seed gets the same result, and nobody can pick
// the outcome of a lot after seeing the ballots without choosing the
// seed. Which seed an election uses is fixed by the mix phase that feeds
// these functions.
//
// Constant time: nothing here is secret (the ballots are public once
// decrypted, in an order no one can link to a voter); all of it is
// variable time.
package rank
