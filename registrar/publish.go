package registrar

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/evote-org/evote/registrar/reglog"
	"github.com/evote-org/evote/registrar/store"
)

// polls is the state of the polls as the chain says.
type polls int

// The states of the polls.
const (
	pollsNotOpen polls = iota // before the polls open
	pollsOpen
	pollsClosed // closed, or the result published
)

// CountPublisher publishes the registrar's commitments, e.g. to the
// ballot-box contract: the roll before the polls open, and the number of
// tokens issued with the root of their registration-log entries
// (package reglog), so that anyone can check ballots <= tokens <= voters
// on the roll and every voter can check whether a token was issued in
// their name.
type CountPublisher interface {
	// Polls reads whether the polls have opened and whether they have
	// closed, and whether the final count is posted already.
	Polls(ctx context.Context) (opened, closed, final bool, err error)
	// Roll reads the roll's commitment as posted (count 0: none).
	Roll(ctx context.Context) (root [32]byte, count uint64, err error)
	// PublishRoll posts the roll's root and size before the polls open.
	PublishRoll(ctx context.Context, root [32]byte, count uint64) error
	// TokenCount reads the last count posted (0 before the first).
	TokenCount(ctx context.Context) (uint64, error)
	// PublishTokenCount posts n while the polls are open, following
	// the count from that is posted, with the root of the entries of the
	// tokens numbered from+1 to n; it fails if from is not the count
	// posted (another replica posted meanwhile).
	PublishTokenCount(ctx context.Context, from, n uint64, logRoot [32]byte) error
	// PublishFinalTokenCount posts the final count as PublishTokenCount
	// does, once, after the close: the result cannot be published
	// before it.
	PublishFinalTokenCount(ctx context.Context, from, n uint64, logRoot [32]byte) error
	// LogPosts reads what is posted, in order: the roll (ok false while
	// none is) and every count, the final one last.
	LogPosts(ctx context.Context) (roll reglog.Post, ok bool, counts []reglog.Post, err error)
}

// Run watches the polls every StateInterval. Before they open it posts
// the roll when the one on chain is not the store's (checked at once and
// every PublishInterval). When it sees them open (at once, then every
// StateInterval) it checks once that the committed roll is the store's
// and that the count on chain is not above the store's, and stops
// issuing if not (a token from another roll would fail every verifier;
// a store that forgot tokens would issue their voters a second one). While they are open it
// publishes the count of issued tokens every PublishInterval when it
// differs from the count on chain; once they have closed it stops
// issuance, publishes the final count at once and returns. Failures are
// logged and retried at the next tick. Without a Publisher it just
// waits for ctx.
func (s *Service) Run(ctx context.Context) error {
	if s.cfg.Publisher == nil {
		<-ctx.Done()
		return nil
	}
	counts := time.NewTicker(s.cfg.PublishInterval)
	defer counts.Stop()
	watch := time.NewTicker(s.cfg.StateInterval)
	defer watch.Stop()
	p, rollKnown := pollsNotOpen, false
	look := func() (done bool) {
		if p, done = s.settle(ctx); done {
			return true
		}
		if p == pollsOpen && !s.rollChecked {
			s.checkRoll(ctx)
			s.checkCount(ctx)
		} else if p == pollsNotOpen && !rollKnown {
			rollKnown = s.postRoll(ctx) == nil
		}
		return false
	}
	// At once, then at every tick: a registrar restarted during the
	// polls checks its store against the chain before a tick passes.
	if look() {
		return nil
	}
	for {
		select {
		case <-ctx.Done():
			return nil
		case <-counts.C:
			switch p {
			case pollsOpen:
				s.publish(ctx, false)
			case pollsNotOpen:
				rollKnown = s.postRoll(ctx) == nil
			}
		case <-watch.C:
			if look() {
				return nil
			}
		}
	}
}

// postRoll posts the store's roll unless the chain has it already.
func (s *Service) postRoll(ctx context.Context) error {
	root, n, posted, err := CommitRoll(ctx, s.cfg.Store, s.cfg.Publisher)
	if err != nil {
		s.rollError("posting the roll failed", err)
	} else if posted {
		s.cfg.Logger.Info("registrar: roll posted", "voters", n, "root", fmt.Sprintf("%x", root))
	}
	return err
}

// rollError logs a failure to read or post the roll (a store failure
// counted as one).
func (s *Service) rollError(what string, err error) {
	if errors.Is(err, store.ErrUnavailable) {
		s.storeError(err)
		return
	}
	s.cfg.Logger.Error("registrar: "+what, "err", err)
}

// CommitRoll posts the root and size of the roll in st through p,
// unless p has them already or the roll is empty; posted tells whether
// it did. The registrar's Run does it by itself before the polls open;
// whoever imports a roll just before opening the polls calls it so as not
// to wait for Run.
func CommitRoll(ctx context.Context, st store.Store, p CountPublisher) (root [32]byte, n uint64, posted bool, err error) {
	if root, n, err = RollRoot(ctx, st); err != nil || n == 0 {
		return root, n, false, err
	}
	onChain, m, err := p.Roll(ctx)
	if err != nil {
		return root, n, false, fmt.Errorf("registrar: reading the roll on chain: %w", err)
	}
	if onChain == root && m == n {
		return root, n, false, nil
	}
	if err := p.PublishRoll(ctx, root, n); err != nil {
		return root, n, false, fmt.Errorf("registrar: posting the roll of %d voters: %w", n, err)
	}
	return root, n, true, nil
}

// checkRoll stops issuance if the roll committed on chain is not the
// store's: the roll was imported again after the last post, or someone
// else's roll was posted.
func (s *Service) checkRoll(ctx context.Context) {
	root, n, err := RollRoot(ctx, s.cfg.Store)
	if err != nil {
		s.rollError("reading the roll failed", err)
		return
	}
	onChain, m, err := s.cfg.Publisher.Roll(ctx)
	if err != nil {
		s.rollError("reading the roll on chain failed", err)
		return
	}
	s.rollChecked = true
	if onChain != root || m != n {
		s.stopIssuing(ErrRollMismatch)
		s.cfg.Logger.Error("registrar: the roll committed on chain is not this registrar's; no token will be issued",
			"chain_root", fmt.Sprintf("%x", onChain), "chain_voters", m, "root", fmt.Sprintf("%x", root), "voters", n)
	}
}

// checkCount stops issuance if the count on chain is above the store's
// (see interval): checked once the polls are open, so that a registrar
// restarted on a store restored from an older backup refuses at once
// rather than at its next post.
func (s *Service) checkCount(ctx context.Context) {
	s.pubMu.Lock()
	defer s.pubMu.Unlock()
	s.interval(ctx)
}

// RollRoot is the root and size of the roll in st: what the registrar
// posts before the polls open (package reglog).
func RollRoot(ctx context.Context, st store.Store) (root [32]byte, n uint64, err error) {
	entries, err := st.RollEntries(ctx)
	if err != nil {
		return root, 0, err
	}
	if root, err = reglog.Root(entries); err != nil {
		return root, 0, fmt.Errorf("registrar: the roll in the store: %w", err)
	}
	return root, uint64(len(entries)), nil
}

// Close stops issuance (waiting for requests in progress) and publishes
// the count: the count so far while the polls are open, the final one
// once they have closed, nothing before they open. The store is the
// caller's to close.
func (s *Service) Close(ctx context.Context) error {
	s.stopIssuing(ErrClosed)
	if s.cfg.Publisher == nil {
		return nil
	}
	switch p, done := s.settle(ctx); {
	case done:
		return nil
	case p == pollsOpen:
		return s.publish(ctx, true)
	case p == pollsClosed:
		return errors.New("registrar: the final token count could not be posted (see the log)")
	}
	return nil
}

// stopIssuing refuses every later token request with why, once the
// requests in progress are done; the first reason stays.
func (s *Service) stopIssuing(why error) {
	s.mu.Lock()
	if s.stopped == nil {
		s.stopped = why
	}
	s.mu.Unlock()
}

// settle reads the polls and, once they have closed, stops issuance and
// posts the final count if it is not on chain: done reports that it is.
// The count is read only after issuance stopped, so it covers the token
// of every cast.
func (s *Service) settle(ctx context.Context) (p polls, done bool) {
	s.pubMu.Lock()
	defer s.pubMu.Unlock()
	if s.final {
		return pollsClosed, true
	}
	opened, closed, final, err := s.cfg.Publisher.Polls(ctx)
	if err != nil {
		s.cfg.Logger.Error("registrar: reading the state of the polls failed", "err", err)
		return pollsNotOpen, false
	}
	if p = pollsNotOpen; closed {
		p = pollsClosed
	} else if opened {
		p = pollsOpen
	}
	if p != pollsClosed {
		return p, false
	}
	s.stopIssuing(ErrPollsClosed)
	if !final {
		from, n, root, err := s.interval(ctx)
		if err != nil {
			return p, false
		}
		if err := s.cfg.Publisher.PublishFinalTokenCount(ctx, from, n, root); err != nil {
			s.cfg.Logger.Error("registrar: publishing the final token count failed", "count", n, "err", err)
			return p, false
		}
		s.cfg.Logger.Info("registrar: the polls have closed; final token count posted", "count", n)
	}
	s.final = true
	return p, true
}

// Counts returns the number of voters with a credential and of tokens
// issued.
func (s *Service) Counts(ctx context.Context) (voters, issued uint64, err error) {
	if voters, err = s.cfg.Store.Voters(ctx); err != nil {
		return 0, 0, s.storeError(err)
	}
	if issued, err = s.cfg.Store.Issued(ctx); err != nil {
		return 0, 0, s.storeError(err)
	}
	return voters, issued, nil
}

// publish publishes the count so far if force or if it is not the
// count on chain.
func (s *Service) publish(ctx context.Context, force bool) error {
	s.pubMu.Lock()
	defer s.pubMu.Unlock()
	from, n, root, err := s.interval(ctx)
	if err != nil || (!force && n == from) {
		return err
	}
	if err := s.cfg.Publisher.PublishTokenCount(ctx, from, n, root); err != nil {
		s.cfg.Logger.Error("registrar: publishing the token count failed", "count", n, "err", err)
		return err
	}
	return nil
}

// interval reads the count on chain (from), then the count issued (n),
// and the root of the entries of the tokens numbered from+1 to n: the
// next post. The count on chain is read first, so that it is never above
// n; if it is all the same, issuance stops (ErrStoreBehind).
func (s *Service) interval(ctx context.Context) (from, n uint64, root [32]byte, err error) {
	if from, err = s.cfg.Publisher.TokenCount(ctx); err != nil {
		s.cfg.Logger.Error("registrar: reading the token count on chain failed", "err", err)
		return 0, 0, root, err
	}
	if n, err = s.cfg.Store.Issued(ctx); err != nil {
		return 0, 0, root, s.storeError(err)
	}
	if n < from {
		// The store has forgotten tokens it issued: their voters would
		// get a second one.
		s.stopIssuing(ErrStoreBehind)
		err = fmt.Errorf("%w: %d posted, %d in the store (restored from an older backup, or not the store that issued them)", ErrStoreBehind, from, n)
		s.cfg.Logger.Error(err.Error())
		return 0, 0, root, err
	}
	entries, err := s.cfg.Store.Entries(ctx, from, n)
	if err != nil {
		return 0, 0, root, s.storeError(err)
	}
	if root, err = reglog.Root(entries); err != nil {
		err = fmt.Errorf("registrar: the entries of tokens %d to %d: %w", from+1, n, err)
		s.cfg.Logger.Error(err.Error())
	}
	return from, n, root, err
}
