package ballotbox_test

import (
	"bytes"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/crypto"
	"github.com/evote-org/evote/ballotbox"
	"github.com/evote-org/evote/crypto/pseudonym"
)

// TestCastDigest checks that the contract's digest is pseudonym.Digest.
func TestCastDigest(t *testing.T) {
	e := newEnv(t)
	tctx, err := e.box.Context(e.ctx)
	if err != nil {
		t.Fatal(err)
	}
	id, _ := e.box.ElectionID(e.ctx)
	if tctx.ChainID != chainID.Uint64() || tctx.Contract != e.box.Address() || tctx.ElectionID != id {
		t.Fatalf("context: %+v", tctx)
	}
	for _, ballot := range [][]byte{{0}, []byte("ballot"), randBytes(1537), randBytes(ballotbox.MaxBallotSize)} {
		token := randBytes(416)
		got, err := e.box.CastDigest(e.ctx, token, ballot)
		if want := pseudonym.Digest(tctx, token, ballot); err != nil || got != want {
			t.Errorf("%d-byte ballot: contract digest %x (%v), pseudonym.Digest %x", len(ballot), got, err, want)
		}
	}
}

// TestCast casts valid ballots and checks the one-per-pseudonym rule.
func TestCast(t *testing.T) {
	e := newEnv(t)
	e.advance(ballotbox.Open)
	v, k := e.vote(nil)
	r := e.mine(e.box.Cast(e.relay.opts, v))
	if voted, _ := e.box.HasVoted(e.ctx, v.Pseudonym); !voted {
		t.Error("pseudonym not marked as voted")
	}
	if n, _ := e.box.BallotCount(e.ctx); n != 1 {
		t.Errorf("ballot count %d", n)
	}
	var got []*ballotbox.CastLog
	for b, err := range e.box.Ballots(e.ctx, 0, e.head()) {
		if err != nil {
			t.Fatal(err)
		}
		got = append(got, b)
	}
	if len(got) != 1 || got[0].Seq != 0 || got[0].Block != r.BlockNumber.Uint64() || got[0].TxHash != r.TxHash ||
		!bytes.Equal(got[0].Ballot, v.Ballot) || !bytes.Equal(got[0].Token, v.Token) ||
		!bytes.Equal(got[0].Signature, v.Signature) || got[0].Pseudonym != v.Pseudonym {
		t.Errorf("ballot log: %+v", got)
	}

	// A second ballot of the same pseudonym, properly signed, is refused.
	tctx, _ := e.box.Context(e.ctx)
	again := v
	again.Ballot = []byte("another ballot")
	again.Signature, _ = k.SignCast(tctx, again.Token, again.Ballot)
	_, err := e.box.Cast(e.relay.opts, again)
	wantErr(t, "second cast", err, ballotbox.ErrAlreadyVoted)
	if re, ok := asRevert(err); !ok || re.Args[0] != v.Pseudonym {
		t.Errorf("AlreadyVoted args: %+v", re)
	}
}

// TestCastSameBlock sends two ballots of one pseudonym into one block:
// gas estimation passes for both, the second reverts on chain, and
// WaitMined explains why.
func TestCastSameBlock(t *testing.T) {
	e := newEnv(t)
	e.advance(ballotbox.Open)
	v, _ := e.vote(nil)
	tx1, err1 := e.box.Cast(e.relay.opts, v)
	tx2, err2 := e.box.Cast(e.relay.opts, v)
	if err1 != nil || err2 != nil {
		t.Fatal(err1, err2)
	}
	e.sim.Commit()
	if _, err := e.box.WaitMined(e.ctx, tx1); err != nil {
		t.Fatal(err)
	}
	r, err := e.box.WaitMined(e.ctx, tx2)
	wantErr(t, "second cast in one block", err, ballotbox.ErrAlreadyVoted)
	if r == nil || r.Status != 0 {
		t.Errorf("receipt of the reverted cast: %+v", r)
	}
}

// TestCastBadSignature casts ballots whose signature must be refused.
func TestCastBadSignature(t *testing.T) {
	e := newEnv(t)
	e.advance(ballotbox.Open)
	v, _ := e.vote(nil)
	other, _ := e.vote(v.Ballot)
	twin := highS(t, e, v)
	for name, c := range map[string]ballotbox.Cast{
		"wrong key":    withSig(v, other.Signature),
		"high-s twin":  twin,
		"flipped v":    withSig(v, setV(v.Signature, 55-v.Signature[64])),
		"v=0":          withSig(v, setV(v.Signature, 0)),
		"v=1":          withSig(v, setV(v.Signature, 1)),
		"v=29":         withSig(v, setV(v.Signature, 29)),
		"64 bytes":     withSig(v, v.Signature[:64]),
		"66 bytes":     withSig(v, append(bytes.Clone(v.Signature), 0)),
		"empty":        withSig(v, nil),
		"other ballot": {Pseudonym: v.Pseudonym, Token: v.Token, Ballot: []byte("other"), Signature: v.Signature},
		// A front-runner resubmitting the voter's ballot and signature with
		// a garbage token, to spend the pseudonym, is refused.
		"other token":    {Pseudonym: v.Pseudonym, Token: randBytes(416), Ballot: v.Ballot, Signature: v.Signature},
		"zero r":         withSig(v, append(make([]byte, 32), v.Signature[32:]...)),
		"zero pseudonym": {Token: v.Token, Ballot: v.Ballot, Signature: make([]byte, 65)},
	} {
		_, err := e.box.Cast(e.relay.opts, c)
		wantErr(t, name, err, ballotbox.ErrBadSignature)
	}
	e.mine(e.box.Cast(e.relay.opts, v)) // the original is still good
}

// highS returns v with the malleable twin of its signature (n - s, the
// other v), and checks that plain ecrecover would accept the twin.
func highS(t *testing.T, e *env, v ballotbox.Cast) ballotbox.Cast {
	n := crypto.S256().Params().N
	s := new(big.Int).Sub(n, new(big.Int).SetBytes(v.Signature[32:64]))
	sig := append(bytes.Clone(v.Signature[:32]), s.FillBytes(make([]byte, 32))...)
	sig = append(sig, 55-v.Signature[64])
	tctx, _ := e.box.Context(e.ctx)
	d := pseudonym.Digest(tctx, v.Token, v.Ballot)
	pub, err := crypto.SigToPub(d[:], append(sig[:64:64], sig[64]-27))
	if err != nil || crypto.PubkeyToAddress(*pub) != v.Pseudonym {
		t.Fatalf("the high-s twin does not recover the pseudonym (%v): the test would prove nothing", err)
	}
	return withSig(v, sig)
}

func withSig(v ballotbox.Cast, sig []byte) ballotbox.Cast {
	v.Signature = sig
	return v
}

func setV(sig []byte, v byte) []byte {
	out := bytes.Clone(sig)
	out[64] = v
	return out
}

// TestCastSizes checks the size limits of tokens and ballots.
func TestCastSizes(t *testing.T) {
	e := newEnv(t)
	e.advance(ballotbox.Open)
	for _, c := range []struct {
		name          string
		token, ballot int
		err           error
	}{
		{"empty ballot", 416, 0, ballotbox.ErrBadSize},
		{"empty token", 0, 1537, ballotbox.ErrBadSize},
		{"ballot too large", 416, ballotbox.MaxBallotSize + 1, ballotbox.ErrBadSize},
		{"token too large", ballotbox.MaxTokenSize + 1, 1537, ballotbox.ErrBadSize},
		{"largest", ballotbox.MaxTokenSize, ballotbox.MaxBallotSize, nil},
		{"smallest", 1, 1, nil},
	} {
		v, _ := e.voteWith(randBytes(c.token), randBytes(c.ballot))
		tx, err := e.box.Cast(e.relay.opts, v)
		if c.err == nil {
			e.mine(tx, err)
			continue
		}
		wantErr(t, c.name, err, c.err)
	}
}
