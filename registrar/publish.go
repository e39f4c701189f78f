package registrar

import (
	"context"
	"errors"
	"time"
)

// polls is the state of the polls as the chain says.
type polls int

// The states of the polls.
const (
	pollsNotOpen polls = iota // before the polls open
	pollsOpen
	pollsClosed // closed, or the result published
)

// CountPublisher publishes the number of tokens issued, e.g. to the
// ballot-box contract, so that anyone can check ballots <= tokens <=
// voters on the roll.
type CountPublisher interface {
	// PublishTokenCount posts the count while the polls are open.
	PublishTokenCount(ctx context.Context, n uint64) error
	// Polls reads whether the polls have opened and whether they have
	// closed, and whether the final count is posted already.
	Polls(ctx context.Context) (opened, closed, final bool, err error)
	// PublishFinalTokenCount posts the final count, once, after the
	// close: the result cannot be published before it.
	PublishFinalTokenCount(ctx context.Context, n uint64) error
}

// Run watches the polls every StateInterval and, while they are open,
// publishes the count of issued tokens every PublishInterval when it
// changed since the last successful publication; once they have closed
// it stops issuance, publishes the final count at once and returns.
// Failures are logged and retried at the next tick. Without a Publisher
// it just waits for ctx.
func (s *Service) Run(ctx context.Context) error {
	if s.cfg.Publisher == nil {
		<-ctx.Done()
		return nil
	}
	counts := time.NewTicker(s.cfg.PublishInterval)
	defer counts.Stop()
	watch := time.NewTicker(s.cfg.StateInterval)
	defer watch.Stop()
	open := false
	for {
		select {
		case <-ctx.Done():
			return nil
		case <-counts.C:
			if open {
				s.publish(ctx, false)
			}
		case <-watch.C:
			p, done := s.settle(ctx)
			if done {
				return nil
			}
			open = p == pollsOpen
		}
	}
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
		n, err := s.cfg.Store.Issued(ctx)
		if err != nil {
			s.storeError(err)
			return p, false
		}
		if err := s.cfg.Publisher.PublishFinalTokenCount(ctx, n); err != nil {
			s.cfg.Logger.Error("registrar: publishing the final token count failed", "count", n, "err", err)
			return p, false
		}
		s.published, s.anyPub = n, true
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
