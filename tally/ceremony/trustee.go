package ceremony

import (
	"bytes"
	"context"
	"crypto/rand"
	"fmt"
	"io"
	"log/slog"
	"slices"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/evote-org/evote/ballotbox"
	"github.com/evote-org/evote/crypto/dkg"
	"github.com/evote-org/evote/crypto/trustee"
	"github.com/evote-org/evote/tally"
)

// Trustee is one trustee of one election on the chain. Its zero Rand is
// crypto/rand. It keeps what it derives between steps (the casts read
// and checked while the polls are open, every cast after the close, the
// mixes verified): use one Trustee per process, not one per step.
type Trustee struct {
	Box      *ballotbox.Client
	Opts     *bind.TransactOpts // the trustee's account
	From     uint64             // first block to search for the contract's events
	Rand     io.Reader          // nil: crypto/rand
	Progress io.Writer          // progress of the read of the casts (nil: none)
	// Files is the election's files directory: the trustee stores its
	// mix file and its mix share there before it posts their hashes, and
	// reads the other mixers' files from there (docs/operations.md).
	Files string
	// MixWait is how long, in block time since the close or the last mix,
	// a trustee waits for the qualified trustees before it to mix, and
	// for a mix file still in transit (0: DefaultMixWait).
	MixWait time.Duration
	Log     *slog.Logger // the long steps' progress (nil: slog.Default())

	follow tally.Follower // the casts read and checked while the polls are open
	closed *closed
}

func (t *Trustee) rand() io.Reader {
	if t.Rand == nil {
		return rand.Reader
	}
	return t.Rand
}

func (t *Trustee) log() *slog.Logger {
	if t.Log == nil {
		return slog.Default()
	}
	return t.Log
}

func (t *Trustee) mixWait() time.Duration {
	if t.MixWait <= 0 {
		return DefaultMixWait
	}
	return t.MixWait
}

// Join makes the trustee's transport key for the election, which must be
// in KeyCeremony, seals it into a new file at path (before anything is
// posted, so that a crash loses nothing) and posts the public key.
func (t *Trustee) Join(ctx context.Context, path string, passphrase []byte, kdf KDF) (*Secret, error) {
	e, err := tally.ReadElection(ctx, t.Box, t.From, ballotbox.KeyCeremony)
	if err != nil {
		return nil, err
	}
	i := slices.Index(e.Header.Trustees, t.Opts.From)
	if i < 0 {
		return nil, fmt.Errorf("%w: %v", ErrNotTrustee, t.Opts.From)
	}
	tr, err := trustee.New(e.Ceremony, tally.TrusteeOf(i), t.rand())
	if err != nil {
		return nil, err
	}
	s := &Secret{Ceremony: e.Ceremony, Account: t.Opts.From, Key: tr.Key(), x: tr.ExportSecret()}
	if err := SaveSecret(path, s, passphrase, kdf); err != nil {
		return nil, err
	}
	return s, t.PostKey(ctx, s)
}

// PostKey posts the trustee's public key unless it is on the chain.
func (t *Trustee) PostKey(ctx context.Context, s *Secret) error {
	e, err := t.election(ctx, s, ballotbox.KeyCeremony)
	if err != nil || t.posted(e.Header.Ceremony.Keys, s) {
		return err
	}
	return t.send(ctx, func(o *bind.TransactOpts) (*types.Transaction, error) {
		return t.Box.PostTrusteeKey(o, s.Key.Bytes())
	})
}

// Deal posts the trustee's dealing once every trustee's key is on the
// chain (ErrWaiting before), unless it is there already.
func (t *Trustee) Deal(ctx context.Context, s *Secret) error {
	e, err := t.election(ctx, s, ballotbox.KeyCeremony)
	if err != nil || t.posted(e.Header.Ceremony.Dealings, s) {
		return err
	}
	if len(e.Header.Ceremony.Keys) < e.Ceremony.Params.N {
		return fmt.Errorf("%w: %d of %d keys posted", ErrWaiting, len(e.Header.Ceremony.Keys), e.Ceremony.Params.N)
	}
	keys, err := e.Keys()
	if err != nil {
		return err
	}
	tr, err := s.Trustee()
	if err != nil {
		return err
	}
	d, err := tr.Deal(keys, t.rand())
	if err != nil {
		return err
	}
	return t.send(ctx, func(o *bind.TransactOpts) (*types.Transaction, error) {
		return t.Box.PostDealing(o, d.Bytes())
	})
}

// Complain checks the trustee's share in every dealing on the chain and
// posts a complaint against each wrong one not complained about yet; an
// invalid dealing needs none (everyone sees it). It returns the number
// of complaints posted, and ErrWaiting while dealings are missing.
func (t *Trustee) Complain(ctx context.Context, s *Secret) (int, error) {
	e, err := t.election(ctx, s, ballotbox.KeyCeremony)
	if err != nil {
		return 0, err
	}
	tr, err := s.Trustee()
	if err != nil {
		return 0, err
	}
	done := t.complained(e.Header.Ceremony.Complaints, s)
	var posts [][]byte
	for _, d := range dealings(e.Header) {
		cp, err := tr.Receive(d, t.rand())
		if err == nil && cp != nil && !done[cp.Dealer] {
			posts = append(posts, cp.Bytes())
		}
	}
	for _, p := range posts {
		err := t.send(ctx, func(o *bind.TransactOpts) (*types.Transaction, error) { return t.Box.PostComplaint(o, p) })
		if err != nil {
			return 0, err
		}
	}
	if n := len(e.Header.Ceremony.Dealings); n < e.Ceremony.Params.N {
		return len(posts), fmt.Errorf("%w: %d of %d dealings posted", ErrWaiting, n, e.Ceremony.Params.N)
	}
	return len(posts), nil
}

// complained is the set of dealers this trustee has complained about.
func (t *Trustee) complained(posts []tally.Post, s *Secret) map[int]bool {
	out := map[int]bool{}
	for _, p := range posts {
		if cp, err := dkg.ParseComplaint(p.Data); err == nil && tally.TrusteeOf(p.Trustee) == s.Key.Trustee {
			out[cp.Dealer] = true
		}
	}
	return out
}

// dealings parses the dealings of the header, each by its own dealer.
func dealings(h *tally.Header) []*dkg.Dealing {
	var out []*dkg.Dealing
	for _, p := range h.Ceremony.Dealings {
		if d, err := dkg.ParseDealing(p.Data); err == nil && d.Dealer == tally.TrusteeOf(p.Trustee) {
			out = append(out, d)
		}
	}
	return out
}

// election reads the election in state want and checks that s belongs to
// it and that the key on the chain for s's index, if any, is s's key.
func (t *Trustee) election(ctx context.Context, s *Secret, want ballotbox.State) (*tally.Election, error) {
	e, err := tally.ReadElection(ctx, t.Box, t.From, want)
	if err != nil {
		return nil, err
	}
	if e.Ceremony != s.Ceremony || e.Header.Trustees[s.Key.Trustee-1] != t.Opts.From {
		return nil, fmt.Errorf("%w: the secret is of another election or trustee", ErrMismatch)
	}
	for _, p := range e.Header.Ceremony.Keys {
		if tally.TrusteeOf(p.Trustee) == s.Key.Trustee && !bytes.Equal(p.Data, s.Key.Bytes()) {
			return nil, fmt.Errorf("%w: the key on the chain is not this secret's", ErrMismatch)
		}
	}
	return e, nil
}

// posted reports whether the trustee is among the posters.
func (t *Trustee) posted(posts []tally.Post, s *Secret) bool {
	return slices.ContainsFunc(posts, func(p tally.Post) bool { return tally.TrusteeOf(p.Trustee) == s.Key.Trustee })
}

// send sends a transaction from the trustee's account and waits for it.
func (t *Trustee) send(ctx context.Context, tx func(*bind.TransactOpts) (*types.Transaction, error)) error {
	o := *t.Opts
	o.Context = ctx
	sent, err := tx(&o)
	if err != nil {
		return err
	}
	_, err = t.Box.WaitMined(ctx, sent)
	return err
}
