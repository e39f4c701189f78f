// Package ballotbox is the typed Go client of the ballot-box contract
// (contracts/BallotBox.sol): deployment, the commission's transitions, the
// registrar's and trustees' posts, casting a ballot, every view, and
// readers of the contract's events (the ballots above all).
//
// The client talks to any Ethereum node through the ordinary RPC interface
// (Backend is satisfied by *ethclient.Client and the simulated backend's
// client); it never knows whether the node is embedded. Transactions are
// signed with the *bind.TransactOpts the caller passes to each call, so a
// caller that manages nonces and gas limits itself (the relay) sets them
// there; opts.Context is the call's context. With Nonce, GasLimit,
// GasFeeCap and GasTipCap set, a transaction costs one RPC (the send);
// with NoSend it is only signed, for a caller that records it before
// sending it itself.
//
// A call the contract refuses returns an error that matches one of the
// sentinel errors (ErrWrongState, ErrAlreadyVoted, ...) with errors.Is and
// is a *RevertError with the decoded arguments. Gas estimation reports the
// revert before sending; a transaction sent with a fixed gas limit that
// reverts on chain is explained by WaitMined, which re-runs it at its block.
//
// The contract treats tokens, ballots and trustee posts as opaque bytes;
// their validity is the validity predicate's business (docs/protocol.md),
// run natively by the relay, the tally and every verifier.
package ballotbox
