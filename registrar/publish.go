package registrar

import (
	"context"
	"time"
)

// CountPublisher publishes the number of tokens issued so far, e.g. to
// the ballot-box contract, so that anyone can check ballots <= tokens <=
// voters on the roll.
type CountPublisher interface {
	PublishTokenCount(ctx context.Context, n uint64) error
}

// Run publishes the count of issued tokens every PublishInterval when it
// changed since the last successful publication, until ctx ends. Failures
// are logged and retried at the next tick. Without a Publisher it just
// waits for ctx.
func (s *Service) Run(ctx context.Context) error {
	if s.cfg.Publisher == nil {
		<-ctx.Done()
		return nil
	}
	t := time.NewTicker(s.cfg.PublishInterval)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return nil
		case <-t.C:
			s.publish(ctx, false)
		}
	}
}

// Close stops issuance (waiting for requests in progress) and publishes
// the final count. The store is the caller's to close.
func (s *Service) Close(ctx context.Context) error {
	s.mu.Lock()
	s.closed = true
	s.mu.Unlock()
	if s.cfg.Publisher == nil {
		return nil
	}
	return s.publish(ctx, true)
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

// publish publishes the count if force or if it changed.
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
