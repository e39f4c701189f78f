// Package localtrustees runs the key ceremony when every trustee lives in
// one process, as in the demos `evote up` and `evote demo` and in the
// tests of the parties that re-derive the election key from it (the
// relay, the site). In a real election each trustee runs `evote trustee`
// on its own machine.
package localtrustees

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"sync"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/evote-org/evote/tally"
	"github.com/evote-org/evote/tally/ceremony"
)

// kdf seals the demo trustees' secrets cheaply.
var kdf = ceremony.KDF{Time: 1, MemoryKiB: 8 * 1024, Threads: 1}

// Each runs f for every trustee index in who at the same time and joins
// their errors.
func Each(who []int, f func(i int) error) error {
	errs := make([]error, len(who))
	var wg sync.WaitGroup
	for k, i := range who {
		wg.Go(func() { errs[k] = f(i) })
	}
	wg.Wait()
	return errors.Join(errs...)
}

// First is the indexes 0..n-1: the first n trustees.
func First(n int) []int {
	who := make([]int, n)
	for i := range who {
		who[i] = i
	}
	return who
}

// Ceremony runs the key ceremony of trustees (each with its Box set) on an
// election whose ceremony the commission has started, deployed at block
// from: the trustees deal (Deal); the commission finishes the ceremony;
// the first threshold trustees post the test decryption, which is then
// checked. The polls can then open.
func Ceremony(ctx context.Context, commission *bind.TransactOpts, from uint64, trustees []*ceremony.Trustee,
	threshold int, dir string, passphrase []byte, log *slog.Logger) ([]*ceremony.Secret, error) {
	box := trustees[0].Box
	secrets, err := Deal(ctx, trustees, dir, passphrase, log)
	if err != nil {
		return nil, err
	}
	if _, err := tally.FinishCeremony(ctx, box, commission, from); err != nil {
		return nil, fmt.Errorf("finish ceremony: %w", err)
	}
	log.Info("test decryption", "trustees", threshold)
	if err := Each(First(threshold), func(i int) error { return trustees[i].TestDecrypt(ctx, secrets[i]) }); err != nil {
		return nil, fmt.Errorf("test decryption: %w", err)
	}
	if _, err := tally.CheckTest(ctx, box, from); err != nil {
		return nil, fmt.Errorf("test decryption: %w", err)
	}
	return secrets, nil
}

// Deal is the trustees' part of the key ceremony up to the commission's
// finish: every trustee joins (its secret sealed with passphrase in
// dir/trusteeN.secret, replacing a file left by a run cut short), deals
// and complains.
func Deal(ctx context.Context, trustees []*ceremony.Trustee, dir string, passphrase []byte, log *slog.Logger) ([]*ceremony.Secret, error) {
	every := First(len(trustees))
	secrets := make([]*ceremony.Secret, len(trustees))
	log.Info("key ceremony: join")
	if err := Each(every, func(i int) (err error) {
		path := filepath.Join(dir, fmt.Sprintf("trustee%d.secret", i+1))
		os.Remove(path)
		secrets[i], err = trustees[i].Join(ctx, path, passphrase, kdf)
		return err
	}); err != nil {
		return nil, fmt.Errorf("join: %w", err)
	}
	log.Info("key ceremony: deal")
	if err := Each(every, func(i int) error { return trustees[i].Deal(ctx, secrets[i]) }); err != nil {
		return nil, fmt.Errorf("deal: %w", err)
	}
	log.Info("key ceremony: complain")
	if err := Each(every, func(i int) error { _, err := trustees[i].Complain(ctx, secrets[i]); return err }); err != nil {
		return nil, fmt.Errorf("complain: %w", err)
	}
	return secrets, nil
}
