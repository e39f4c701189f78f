// Package shuffle specifies and verifies a verifiable re-encryption
// shuffle of ballots that are vectors of w exponential-ElGamal
// ciphertexts on ristretto255 (one ciphertext per candidate of a ranked
// or graded question). A mixer (package mixer, which holds the secrets)
// re-encrypts every ciphertext and permutes the ballots; its proof shows
// that the output list is a re-encryption of a permutation of the input
// list, ballots kept whole, without revealing the permutation.
//
// # The proof
//
// The proof is the one of B. Terelius and D. Wikström, "Proofs of
// restricted shuffles", AFRICACRYPT 2010 (after Wikström, "A
// commitment-consistent proof of a shuffle", ACISP 2009), in the form
// R. Haenni, P. Locher, R. Koenig, E. Dubuis, "Pseudo-code algorithms for
// verifiable re-encryption mix-nets", Voting'17 (FC 2017 workshops),
// specify step by step as GenShuffle, GenProof (GenPermutationCommitment,
// GenCommitmentChain) and CheckProof, which CHVote follows. The paper
// works in a prime-order subgroup of Z_p*, written multiplicatively; here
// the group is ristretto255, written additively:
//
//	paper                       here
//	g, pk                       G, K
//	(a, b) = (m·pk^r, g^r)      (A, B) = (rG, mG + rK)   (b ↔ A, a ↔ B)
//	x^y, x·y                    y·X, X + Y
//	Z_q                         scalars mod ℓ
//	GetGenerators(N)            Generators(ctx, N)
//	GetChallenges(N, y)         Statement.Challenges
//	GetChallenge(y, t)          Challenge
//
// One deliberate difference: the paper draws the challenges uᵢ and c from
// τ-bit integers; here they are full scalars (SHA-512 reduced mod ℓ), as
// every other challenge of the protocol (package transcript).
//
// # Ballots of w ciphertexts
//
// Ballot i is eᵢ = (eᵢ,₁, …, eᵢ,w) with eᵢ,ₖ = (Aᵢ,ₖ, Bᵢ,ₖ). Terelius and
// Wikström state their proof for any homomorphic cryptosystem whose
// ciphertexts form a group C and whose re-encryption is e ↦ e + Enc(0; ρ)
// for a homomorphism Enc(0; ·) from a randomness group R; Haenni et al.'s
// algorithms use the ciphertexts only through sums Σ uᵢ·eᵢ and through
// Enc(0; ·). Ballots of w ciphertexts are such a system: C = (G×G)^w
// with component-wise addition, R = Z_ℓ^w, Enc(0; ρ)ₖ = (ρₖG, ρₖK), and
// u·e multiplies every component by the same u. Substituting C and R in
// the paper's algorithms gives this package's proof; the derivation is
// mechanical:
//
//   - Re-encryption draws one nonce per component: e′ᵢ,ₖ = e_ψ(i),ₖ +
//     Enc(0; r′ᵢ,ₖ), with one permutation ψ for the whole ballot.
//   - Everything about the permutation (the commitment c, the chain ĉ,
//     t₁, t₂, t₃, t̂, s₁, s₂, s₃, ŝ, s′) is unchanged: it involves no
//     ciphertext.
//   - ω₄ and s₄ live in R: w scalars ω₄,ₖ and s₄,ₖ = ω₄,ₖ + c·ρₖ with
//     ρₖ = Σᵢ r′ᵢ,ₖ·u′ᵢ, the aggregated nonce of component k.
//   - t₄ lives in C: 2w elements, for each k
//     t₄,A,ₖ = Σᵢ ω′ᵢ·A′ᵢ,ₖ − ω₄,ₖ·G and t₄,B,ₖ = Σᵢ ω′ᵢ·B′ᵢ,ₖ − ω₄,ₖ·K,
//     with the same ω′ᵢ (and so the same s′ᵢ) in every component.
//   - The last check of CheckProof becomes 2w equations, for each k
//     Σ s′ᵢ·A′ᵢ,ₖ − s₄,ₖ·G − c·Σ uᵢ·Aᵢ,ₖ = t₄,A,ₖ and
//     Σ s′ᵢ·B′ᵢ,ₖ − s₄,ₖ·K − c·Σ uᵢ·Bᵢ,ₖ = t₄,B,ₖ.
//
// Why a ballot stays whole: the s′ᵢ are the responses for the committed
// u′ = M·u, M the permutation matrix inside c, and they are shared by all
// w components. Terelius and Wikström's extractor obtains M and, from the
// last equations for enough independent u, Σᵢ u′ᵢ·e′ᵢ = Σⱼ uⱼ·eⱼ +
// Enc(0; ρ) in C, hence e′ᵢ = e_ψ(i) + Enc(0; ρᵢ) as elements of C, that
// is in every component with the same ψ. T. Haines, "A description and
// proof of a generalised and optimised variant of Wikström's mixnet"
// (arXiv:1901.08371, 2019) proves exactly this parallel variant of the
// Haenni et al. form. TestCheatingMixer swaps one component between two
// ballots and the proof fails.
//
// # The equations
//
// With ĉ₀ = h, U = Π uᵢ and the challenge c, a proof is valid iff
//
//	s₁·G − c·(Σ cᵢ − Σ hᵢ)              = t₁
//	s₂·G − c·(ĉ_N − U·h)                = t₂
//	s₃·G + Σ s′ᵢ·hᵢ − c·Σ uᵢ·cᵢ          = t₃
//	ŝᵢ·G + s′ᵢ·ĉᵢ₋₁ − c·ĉᵢ               = t̂ᵢ      (i = 1…N)
//	Σ s′ᵢ·A′ᵢ,ₖ − s₄,ₖ·G − c·Σ uᵢ·Aᵢ,ₖ   = t₄,A,ₖ  (k = 1…w)
//	Σ s′ᵢ·B′ᵢ,ₖ − s₄,ₖ·K − c·Σ uᵢ·Bᵢ,ₖ   = t₄,B,ₖ  (k = 1…w)
//
// which are the paper's t′ = t checks of CheckProof written additively.
// Verify multiplies each of these 3 + N + 2w equations by its own random
// 128-bit weight and checks their sum with one multi-scalar
// multiplication (package batch, package msm): about 4N(w+1) terms.
//
// # What the hashes bind
//
// The generators h, h₁, …, h_N are hashed to the group from the election
// context and N (Generators), never taken from the prover: a prover who
// knows a discrete logarithm between them can open its permutation
// commitment to anything (the flaw found in the Swiss Post system in
// 2019, whose commitment key came from the prover). The challenges are
// strong Fiat–Shamir: u₁ … u_N hash the context, the mixer's index, the
// election key, N, w, every input and output ciphertext (through SHA-512
// digests of the lists' encodings) and the permutation commitment; c
// hashes all of that (through the seed) and every other commitment.
// docs/protocol.md, section 14, gives every byte.
//
// # Encodings
//
// Lists and proofs have canonical fixed-layout encodings with a version
// byte; decoders refuse sizes out of bounds (MaxLen ballots, MaxWidth
// ciphertexts per ballot), a length that is not exact, non-canonical
// elements, the identity and unreduced scalars.
//
// Not constant time: everything here is public data. The prover's
// constant-time boundary is stated in package mixer.
package shuffle
