package ceremony

import (
	"crypto/cipher"
	"crypto/rand"
	"fmt"
	"os"

	"github.com/ethereum/go-ethereum/common"
	"github.com/evote-org/evote/crypto/dkg"
	"github.com/evote-org/evote/crypto/transcript"
	"github.com/evote-org/evote/crypto/trustee"
	"github.com/evote-org/evote/tally"
	"golang.org/x/crypto/argon2"
	"golang.org/x/crypto/chacha20poly1305"
)

// KDF are the Argon2id parameters that turn a passphrase into the key of
// a sealed secret. The zero value is the default: 3 passes over 64 MiB in
// 2 lanes (RFC 9106's second recommended option).
type KDF struct {
	Time      uint32 `json:"time"`
	MemoryKiB uint32 `json:"memoryKiB"`
	Threads   uint8  `json:"threads"`
}

func (k *KDF) setDefaults() {
	if k.Time == 0 {
		k.Time = 3
	}
	if k.MemoryKiB == 0 {
		k.MemoryKiB = 64 * 1024
	}
	if k.Threads == 0 {
		k.Threads = 2
	}
}

// Secret is a trustee's secret state for one election: its transport
// secret and its public key. Not comparable; never printed.
type Secret struct {
	_        [0]func()
	Ceremony dkg.Ceremony
	Account  common.Address  // the trustee's chain account
	Key      *dkg.TrusteeKey // posted; Key.Trustee is the index from 1
	x        []byte          // trustee.ExportSecret
}

// Trustee restores the crypto/trustee state (no share received yet).
func (s *Secret) Trustee() (*trustee.Trustee, error) {
	return trustee.Restore(s.Ceremony, s.x, s.Key)
}

// secretFile is the file format, version 1 (docs/record.md describes it
// next to the record): a JSON object whose canonical encoding without
// Sealed is the additional data of the AEAD.
type secretFile struct {
	Version    int            `json:"version"`
	Kind       string         `json:"kind"`
	ChainID    uint64         `json:"chainId"`
	Contract   common.Address `json:"contract"`
	ElectionID common.Hash    `json:"electionId"`
	N          int            `json:"n"`
	T          int            `json:"t"`
	Account    common.Address `json:"account"`
	Key        []byte         `json:"key"`
	KDF        KDF            `json:"kdf"`
	Salt       []byte         `json:"salt"`
	Nonce      []byte         `json:"nonce"`
	Sealed     []byte         `json:"sealed,omitempty"`
}

const secretKind = "evote-trustee-secret"

// cipher derives the file's AEAD from passphrase; ad is the additional
// data: the file's canonical encoding without Sealed.
func (f *secretFile) cipher(passphrase []byte) (cipher.AEAD, []byte, error) {
	if len(passphrase) == 0 {
		return nil, nil, fmt.Errorf("%w: empty passphrase", ErrSecretFile)
	}
	key := argon2.IDKey(passphrase, f.Salt, f.KDF.Time, f.KDF.MemoryKiB, f.KDF.Threads, chacha20poly1305.KeySize)
	a, err := chacha20poly1305.NewX(key)
	if err != nil || len(f.Nonce) != a.NonceSize() {
		return nil, nil, fmt.Errorf("%w: bad key or nonce", ErrSecretFile)
	}
	ad := *f
	ad.Sealed = nil
	return a, tally.Marshal(&ad), nil
}

// SaveSecret seals s under passphrase into a new file at path, created
// with mode 0600; it never overwrites a file.
func SaveSecret(path string, s *Secret, passphrase []byte, kdf KDF) error {
	kdf.setDefaults()
	f := &secretFile{Version: 1, Kind: secretKind, ChainID: s.Ceremony.Context.ChainID,
		Contract: s.Ceremony.Context.Contract, ElectionID: s.Ceremony.Context.ElectionID,
		N: s.Ceremony.Params.N, T: s.Ceremony.Params.T, Account: s.Account, Key: s.Key.Bytes(),
		KDF: kdf, Salt: make([]byte, 16), Nonce: make([]byte, chacha20poly1305.NonceSizeX)}
	rand.Read(f.Salt)
	rand.Read(f.Nonce)
	if err := seal(f, s.x, passphrase); err != nil {
		return err
	}
	out, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o600)
	if err != nil {
		return err
	}
	if _, err := out.Write(append(tally.Marshal(f), '\n')); err != nil {
		out.Close()
		return err
	}
	if err := out.Sync(); err != nil {
		out.Close()
		return err
	}
	return out.Close()
}

func seal(f *secretFile, x, passphrase []byte) error {
	a, ad, err := f.cipher(passphrase)
	if err != nil {
		return err
	}
	f.Sealed = a.Seal(nil, f.Nonce, x, ad)
	return nil
}

// LoadSecret opens the sealed secret at path. The file must not be
// readable or writable by group or others.
func LoadSecret(path string, passphrase []byte) (*Secret, error) {
	if st, err := os.Stat(path); err != nil {
		return nil, err
	} else if st.Mode().Perm()&0o077 != 0 {
		return nil, fmt.Errorf("%w: %s has mode %v, want 0600", ErrSecretFile, path, st.Mode().Perm())
	}
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var f secretFile
	if len(data) == 0 || tally.Unmarshal(data[:len(data)-1], &f) != nil || f.Version != 1 || f.Kind != secretKind {
		return nil, fmt.Errorf("%w: %s is not a version 1 trustee secret", ErrSecretFile, path)
	}
	return open(&f, passphrase)
}

func open(f *secretFile, passphrase []byte) (*Secret, error) {
	a, ad, err := f.cipher(passphrase)
	if err != nil {
		return nil, err
	}
	x, err := a.Open(nil, f.Nonce, f.Sealed, ad)
	if err != nil {
		return nil, fmt.Errorf("%w: wrong passphrase or tampered file", ErrSecretFile)
	}
	k, err := dkg.ParseTrusteeKey(f.Key)
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrSecretFile, err)
	}
	s := &Secret{Account: f.Account, Key: k, x: x, Ceremony: dkg.Ceremony{
		Context: transcript.Context{ChainID: f.ChainID, Contract: f.Contract, ElectionID: f.ElectionID},
		Params:  dkg.Params{N: f.N, T: f.T}}}
	if _, err := s.Trustee(); err != nil {
		return nil, fmt.Errorf("%w: %w", ErrSecretFile, err)
	}
	return s, nil
}
