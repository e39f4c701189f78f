// Package synth makes elections for tests and benchmarks: voters with
// real tokens from the committed test-only registrar key, real ballots
// and signatures, and whole synthetic election records (trustees
// included) written without a chain. It holds secrets (the registrar's
// signer, the trustees): never import it outside tests and test tools.
package synth

import (
	"io"
	"path/filepath"
	"runtime"

	"github.com/ethereum/go-ethereum/common"
	"github.com/evote-org/evote/ballotbox"
	"github.com/evote-org/evote/crypto/ballot"
	"github.com/evote-org/evote/crypto/blind"
	"github.com/evote-org/evote/crypto/blind/signer"
	"github.com/evote-org/evote/crypto/transcript"
	"github.com/evote-org/evote/crypto/voter"
)

// RegistrarKey loads the committed test-only registrar key.
func RegistrarKey() (*signer.Key, error) {
	_, file, _, _ := runtime.Caller(0)
	return signer.Load(filepath.Join(filepath.Dir(file), "../../../crypto/blind/testdata/test-only-key-3072.pem"))
}

// Voters make casts of one election.
type Voters struct {
	Registrar *signer.Key
	Election  *ballot.Election
}

// Token runs the blind issuance of a token for pseudonym in ctx.
func (v *Voters) Token(ctx transcript.Context, pseudonym [20]byte, rnd io.Reader) ([]byte, error) {
	blinded, st, err := blind.Blind(v.Registrar.Public(), blind.Message(ctx, pseudonym), rnd)
	if err != nil {
		return nil, err
	}
	sig, err := v.Registrar.BlindSign(blinded)
	if err != nil {
		return nil, err
	}
	return blind.Finalize(st, sig)
}

// Cast makes a valid cast of choices by a fresh pseudonym, and returns
// the pseudonym's key for casts made from it.
func (v *Voters) Cast(choices [][]bool, rnd io.Reader) (ballotbox.Cast, *voter.Key, error) {
	return v.CastValues(values(choices), rnd)
}

// CastValues is Cast of an answer to every question as values (see
// ballot.EncryptValues).
func (v *Voters) CastValues(answers [][]uint8, rnd io.Reader) (ballotbox.Cast, *voter.Key, error) {
	k, err := voter.NewKey(rnd)
	if err != nil {
		return ballotbox.Cast{}, nil, err
	}
	tok, err := v.Token(v.Election.Context, k.Address(), rnd)
	if err != nil {
		return ballotbox.Cast{}, nil, err
	}
	b, _, err := ballot.EncryptValues(v.Election, k.Address(), answers, rnd)
	if err != nil {
		return ballotbox.Cast{}, nil, err
	}
	c := ballotbox.Cast{Pseudonym: common.Address(k.Address()), Token: tok, Ballot: b.Bytes()}
	return c, k, v.Sign(&c, k)
}

// Sign signs c with k for the election.
func (v *Voters) Sign(c *ballotbox.Cast, k *voter.Key) (err error) {
	c.Signature, err = k.SignCast(v.Election.Context, c.Token, c.Ballot)
	return err
}

// Choice is a one-question choice of option o of n (none if o < 0).
func Choice(o, n int) [][]bool {
	c := make([]bool, n)
	if o >= 0 {
		c[o] = true
	}
	return [][]bool{c}
}

// values are choices as the values 1 (chosen) and 0.
func values(choices [][]bool) [][]uint8 {
	out := make([][]uint8, len(choices))
	for q, c := range choices {
		for _, on := range c {
			out[q] = append(out[q], map[bool]uint8{true: 1}[on])
		}
	}
	return out
}
