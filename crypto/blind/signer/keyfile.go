package signer

import (
	"bytes"
	"crypto/rsa"
	"crypto/x509"
	"encoding/pem"
	"fmt"
	"github.com/evote-org/evote/crypto/blind"
	"os"
)

// pemType is the PEM block type of a private key file.
const pemType = "PRIVATE KEY"

// MarshalPEM returns the private key file: the key's PKCS#8 DER in one PEM
// block of type "PRIVATE KEY". It is the secret; handle it like one.
func (s *Key) MarshalPEM() []byte {
	return pem.EncodeToMemory(&pem.Block{Type: pemType, Bytes: s.der})
}

// Parse decodes a private key file: one unencrypted PEM block of type
// "PRIVATE KEY" (text before it is ignored, only whitespace may follow)
// holding an RSA key in PKCS#8, checked as by New.
func Parse(data []byte) (*Key, error) {
	block, rest := pem.Decode(data)
	if block == nil || block.Type != pemType {
		return nil, fmt.Errorf("%w: no %q PEM block", blind.ErrKey, pemType)
	}
	if len(block.Headers) != 0 || len(bytes.TrimSpace(rest)) != 0 {
		return nil, fmt.Errorf("%w: PEM headers or trailing data", blind.ErrKey)
	}
	k, err := x509.ParsePKCS8PrivateKey(block.Bytes)
	if err != nil {
		return nil, fmt.Errorf("%w: %w", blind.ErrKey, err)
	}
	sk, ok := k.(*rsa.PrivateKey)
	if !ok {
		return nil, fmt.Errorf("%w: %T is not an RSA key", blind.ErrKey, k)
	}
	return New(sk)
}

// Save writes the private key file to path with mode 0600. It refuses to
// overwrite an existing file, and removes a partly written one.
func (s *Key) Save(path string) error {
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o600)
	if err != nil {
		return fmt.Errorf("signer: saving key: %w", err)
	}
	_, err = f.Write(s.MarshalPEM())
	if err == nil {
		err = f.Sync()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		os.Remove(path)
		return fmt.Errorf("signer: saving key: %w", err)
	}
	return nil
}

// Load reads a private key file written by Save.
func Load(path string) (*Key, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("signer: loading key: %w", err)
	}
	return Parse(data)
}
