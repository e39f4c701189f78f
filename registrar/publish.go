package registrar

import (
	"context"
	"time"
)

// CountPublisher publishes the number of tokens issued, e.g. to the
// ballot-box contract, so that anyone can check ballots <= tokens <=
// voters on the roll.
type CountPublisher interface {
	// PublishTokenCount posts the count while the polls are open.
	PublishTokenCount(ctx context.Context, n uint64) error
	// PollsClosed reports whether the polls have closed, and whether the
	// final count is posted already.
	PollsClosed(ctx context.Context) (closed, final bool, err error)
	// PublishFinalTokenCount posts the final count, once, after the
	// close: the result cannot be published before it.
	PublishFinalTokenCount(ctx context.Context, n uint64) error
}

// Run publishes the count of issued tokens every PublishInterval when it
// changed since the last successful publication, and watches the polls
// every StateInterval: once they have closed it stops issuance and
// publishes the final count at once, then returns. Failures are logged
// and retried at the next tick. Without a Publisher it just waits for
// ctx.
func (s *Service) Run(ctx context.Context) error {
	if s.cfg.Publisher == nil {
		<-ctx.Done()
		return nil
	}
	counts := time.NewTicker(s.cfg.PublishInterval)
	defer counts.Stop()
	polls := time.NewTicker(s.cfg.StateInterval)
	defer polls.Stop()
	for {
		select {
		case <-ctx.Done():
			return nil
		case <-counts.C:
			s.publish(ctx, false)
		case <-polls.C:
			if s.finish(ctx) {
				return nil
			}
		}
	}
}

// Close stops issuance (waiting for requests in progress) and publishes
// the count: the final one if the polls have closed, else the count so
// far. The store is the caller's to close.
func (s *Service) Close(ctx context.Context) error {
	s.stopIssuing(ErrClosed)
	if s.cfg.Publisher == nil || s.finish(ctx) {
		return nil
	}
	return s.publish(ctx, true)
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

// finish reports whether the polls have closed and the final count is
// on chain, after posting it if it was not. The count is read only after
// issuance stopped, so it covers the token of every cast.
func (s *Service) finish(ctx context.Context) bool {
	closed, final, err := s.cfg.Publisher.PollsClosed(ctx)
	if err != nil {
		s.cfg.Logger.Error("registrar: reading the election's state failed", "err", err)
		return false
	}
	if !closed {
		return false
	}
	s.stopIssuing(ErrPollsClosed)
	if final {
		return true
	}
	s.pubMu.Lock()
	defer s.pubMu.Unlock()
	n, err := s.cfg.Store.Issued(ctx)
	if err != nil {
		s.storeError(err)
		return false
	}
	if err := s.cfg.Publisher.PublishFinalTokenCount(ctx, n); err != nil {
		s.cfg.Logger.Error("registrar: publishing the final token count failed", "count", n, "err", err)
		return false
	}
	s.published, s.anyPub = n, true
	s.cfg.Logger.Info("registrar: the polls have closed; final token count posted", "count", n)
	return true
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

// publish publishes the count so far if force or if it changed.
func (s *Service) publish(ctx context.Context, force bool) error {
	s.pubMu.Lock()
	defer s.pubMu.Unlock()
	n, err := s.cfg.Store.Issued(ctx)
	if err != nil {
		return s.storeError(err)
	}
	if !force && s.anyPub && n == s.published {
		return nil
	}
	if err := s.cfg.Publisher.PublishTokenCount(ctx, n); err != nil {
		s.cfg.Logger.Error("registrar: publishing the token count failed", "count", n, "err", err)
		return err
	}
	s.published, s.anyPub = n, true
	return nil
}
