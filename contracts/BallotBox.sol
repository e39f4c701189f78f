// SPDX-License-Identifier: UNLICENSED
// (The project has not chosen its licence yet; this line follows it.)
pragma solidity 0.8.37;

/// @title BallotBox: the public bulletin board of one election.
/// @notice One election is one contract. The commission moves it through
/// Setup -> KeyCeremony -> Ready -> Open -> Closed -> Tallied; the polls
/// open only after threshold qualified trustees passed the test
/// decryption, and the result is published only with threshold tally
/// shares and, when ranked or graded ballots were mixed, after the mix
/// phase ended and threshold trustees decrypted its output. Everything an
/// observer needs is in the events (manifest, registrar key, key-ceremony
/// posts, every ballot, decryption shares, result); storage keeps only what
/// the contract must enforce or what clients read often.
/// @dev The contract treats tokens, ballots and trustee posts as opaque bytes:
/// their validity is checked natively by the relay, the tally and every
/// verifier (docs/protocol.md). It checks only the pseudonym's signature,
/// one ballot per pseudonym, sizes, roles and the state; the sender's role
/// is checked before the state. Trustee indexes are 0-based positions in
/// trustees(); bit i of a mask is trustee i.
contract BallotBox {
    enum State {
        Setup,
        KeyCeremony,
        Ready,
        Open,
        Closed,
        Tallied
    }

    /// @notice Which input a BadSize error is about.
    enum Input {
        Manifest,
        RegistrarKey,
        TrusteeKey,
        Dealing,
        Complaint,
        ElectionKey,
        Token,
        Ballot,
        Share,
        Result
    }

    uint256 public constant MAX_TRUSTEES = 64;
    uint256 public constant MAX_MANIFEST_SIZE = 96 * 1024;
    uint256 public constant MAX_REGISTRAR_KEY_SIZE = 2048;
    uint256 public constant MAX_POST_SIZE = 64 * 1024;
    uint256 public constant MAX_TOKEN_SIZE = 1024;
    uint256 public constant MAX_BALLOT_SIZE = 16 * 1024;
    uint256 public constant MAX_RESULT_SIZE = 8 * 1024;

    /// @dev Half the secp256k1 group order: larger s values are the
    /// malleable twins of valid signatures and are refused.
    uint256 private constant HALF_N = 0x7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a0;

    address public immutable commission;
    /// @notice keccak256 of the manifest (docs/protocol.md, section 2).
    bytes32 public immutable electionId;
    uint8 public immutable threshold;

    // One slot, read and written by every cast.
    State public state;
    uint64 public ballotCount;
    address public registrar;

    mapping(address => bool) public hasVoted;
    uint256 public tokenCount;
    /// @notice Whether tokenCount is the registrar's final count, posted
    /// after the close; the result cannot be published before it is.
    bool public tokenCountFinal;
    /// @notice The registrar's commitment to the roll (docs/protocol.md,
    /// the registration log): the root of every voter's log entry and
    /// their number, posted before the polls open; 0 while none is.
    bytes32 public rollRoot;
    uint256 public rollCount;

    bytes public registrarKey;
    address[] private trusteeList;
    mapping(address => uint8) private trusteeNumber; // index + 1; 0: not a trustee

    uint64 public keyMask; // trustees that posted their key
    uint64 public dealingMask; // trustees that posted their dealing
    uint64 public qualifiedMask; // the qualified set of the key ceremony
    uint64[2] private shareMasks; // per round, trustees that posted a share
    bytes32 public electionKey;

    /// @notice The mix phase (docs/protocol.md, section 14.8): trustees
    /// that posted a mix, whether the commission ended mixing, and
    /// trustees that posted their decryption of the mixed lists. The
    /// lists and proofs themselves are files named by their SHA-256
    /// (a mix of 1.5 M ballots is gigabytes); the chain holds their
    /// hashes, in the order that decides which mix follows which.
    uint64 public mixMask;
    bool public mixFinished;
    uint64 public mixShareMask;

    bytes public result;
    bytes32 public recordHash;

    event ElectionCreated(
        bytes32 indexed electionId, address commission, address[] trustees, uint8 threshold, bytes manifest
    );
    event StateChanged(State state);
    event RegistrarKeySet(address indexed registrar, bytes key);
    event TrusteeKeyPosted(uint8 indexed trustee, bytes data);
    event DealingPosted(uint8 indexed trustee, bytes data);
    event ComplaintPosted(uint8 indexed trustee, bytes data);
    event KeyCeremonyFinished(bytes32 electionKey, uint64 qualifiedMask);
    event BallotCast(address indexed pseudonym, uint256 indexed seq, bytes token, bytes ballot, bytes signature);
    event RollPosted(bytes32 root, uint256 count);
    event TokenCountPosted(uint256 count, bytes32 logRoot);
    event FinalTokenCountPosted(uint256 count, bytes32 logRoot);
    event DecryptionSharePosted(uint8 indexed round, uint8 indexed trustee, bytes share);
    event MixPosted(uint8 indexed trustee, bytes32 input, bytes32 output, bytes32 file);
    event MixFinished();
    event MixSharePosted(uint8 indexed trustee, bytes32 lists, bytes32 file);
    event ResultPublished(bytes32 recordHash, bytes result);

    error WrongState(State current, State required);
    error NotCommission();
    error NotTrustee();
    error NotRegistrar();
    error NotQualified();
    error AlreadyVoted(address pseudonym);
    error BadSignature();
    error BadSize(Input input, uint256 size, uint256 max);
    error AlreadyPosted(uint8 trustee);
    error BadTrustees();
    error BadThreshold(uint256 threshold, uint256 trustees);
    error ManifestMismatch();
    error BadAddress();
    error RegistrarNotSet();
    error BadElectionKey();
    error BadQualifiedSet();
    error TokenCountDecreased(uint256 current, uint256 posted);
    error BadRound(uint8 round);
    error NotEnoughShares(uint256 have, uint256 need);
    error FinalTokenCountPostedAlready();
    error NoFinalTokenCount();
    error NoRoll();
    error TokenCountMoved(uint256 current, uint256 from);
    error MixClosed();
    error MixNotFinished();
    error NoMix();

    modifier onlyCommission() {
        if (msg.sender != commission) revert NotCommission();
        _;
    }

    modifier inState(State required) {
        requireState(required);
        _;
    }

    constructor(
        address commissionAccount,
        bytes32 id,
        bytes memory manifest,
        address[] memory trusteeAccounts,
        uint8 t
    ) {
        if (commissionAccount == address(0)) revert BadAddress();
        checkSize(Input.Manifest, manifest.length, MAX_MANIFEST_SIZE);
        if (keccak256(manifest) != id) revert ManifestMismatch();
        uint256 n = trusteeAccounts.length;
        if (n == 0 || n > MAX_TRUSTEES) revert BadTrustees();
        if (t == 0 || t > n) revert BadThreshold(t, n);
        for (uint256 i = 0; i < n; i++) {
            address a = trusteeAccounts[i];
            if (a == address(0) || trusteeNumber[a] != 0) revert BadTrustees();
            trusteeNumber[a] = uint8(i + 1);
        }
        commission = commissionAccount;
        electionId = id;
        threshold = t;
        trusteeList = trusteeAccounts;
        emit ElectionCreated(id, commissionAccount, trusteeAccounts, t, manifest);
    }

    // ---- Setup ----

    /// @notice Sets the registrar and its token-signing public key (an
    /// opaque PKIX DER blob). May be repeated until the key ceremony starts.
    function setRegistrar(address account, bytes calldata key) external onlyCommission inState(State.Setup) {
        if (account == address(0)) revert BadAddress();
        checkSize(Input.RegistrarKey, key.length, MAX_REGISTRAR_KEY_SIZE);
        registrar = account;
        registrarKey = key;
        emit RegistrarKeySet(account, key);
    }

    /// @notice The registrar's commitment to the roll: the root of the
    /// tree of every voter's registration-log entry and the number of
    /// voters. May be repeated (the roll is imported again) until the
    /// polls open; the last one before they do is the committed roll,
    /// which every token issued must come from.
    function postRoll(bytes32 root, uint256 count) external {
        if (msg.sender != registrar) revert NotRegistrar();
        State s = state;
        if (s >= State.Open) revert WrongState(s, State.Ready);
        if (count == 0) revert NoRoll();
        rollRoot = root;
        rollCount = count;
        emit RollPosted(root, count);
    }

    function startKeyCeremony() external onlyCommission inState(State.Setup) {
        if (registrar == address(0)) revert RegistrarNotSet();
        advance(State.KeyCeremony);
    }

    // ---- KeyCeremony ----

    /// @notice A trustee's public key with its proof of possession; once.
    function postTrusteeKey(bytes calldata data) external {
        uint8 i = trusteeIndex();
        requireState(State.KeyCeremony);
        checkSize(Input.TrusteeKey, data.length, MAX_POST_SIZE);
        keyMask = markOnce(keyMask, i);
        emit TrusteeKeyPosted(i, data);
    }

    /// @notice A trustee's commitments and encrypted shares; once.
    function postDealing(bytes calldata data) external {
        uint8 i = trusteeIndex();
        requireState(State.KeyCeremony);
        checkSize(Input.Dealing, data.length, MAX_POST_SIZE);
        dealingMask = markOnce(dealingMask, i);
        emit DealingPosted(i, data);
    }

    /// @notice A public complaint against a dealing; any number.
    function postComplaint(bytes calldata data) external {
        uint8 i = trusteeIndex();
        requireState(State.KeyCeremony);
        checkSize(Input.Complaint, data.length, MAX_POST_SIZE);
        emit ComplaintPosted(i, data);
    }

    /// @notice Ends the key ceremony with the election key (a 32-byte
    /// ristretto255 encoding, not the identity) and the qualified set: at
    /// least threshold trustees, each of which posted a key and a dealing.
    function finishKeyCeremony(bytes calldata key, uint256 qualified)
        external
        onlyCommission
        inState(State.KeyCeremony)
    {
        if (key.length != 32) revert BadSize(Input.ElectionKey, key.length, 32);
        bytes32 k = bytes32(key);
        if (k == bytes32(0)) revert BadElectionKey();
        uint256 posted = keyMask & dealingMask;
        if (qualified & ~posted != 0 || popcount(qualified) < threshold) revert BadQualifiedSet();
        electionKey = k;
        qualifiedMask = uint64(qualified);
        emit KeyCeremonyFinished(k, uint64(qualified));
        advance(State.Ready);
    }

    // ---- Ready ----

    /// @notice Opens the polls once at least threshold qualified trustees
    /// posted their test-decryption share (round 0). An honest trustee
    /// posts it only after re-deriving the qualified set, the election key
    /// and its own public share from the ceremony's posts, so a key the
    /// ceremony does not give cannot open the polls unless threshold
    /// trustees collude (docs/protocol.md, section 12); and once the
    /// registrar has committed to the roll (postRoll).
    function openPolls() external onlyCommission inState(State.Ready) {
        uint256 have = popcount(shareMasks[0]);
        if (have < threshold) revert NotEnoughShares(have, threshold);
        if (rollCount == 0) revert NoRoll();
        advance(State.Open);
    }

    // ---- Open ----

    /// @notice Records a ballot signed by its one-time pseudonym; anyone may
    /// submit it. The first valid ballot of a pseudonym is the only one.
    function castBallot(address pseudonym, bytes calldata token, bytes calldata ballot, bytes calldata signature)
        external
    {
        State s = state;
        if (s != State.Open) revert WrongState(s, State.Open);
        checkSize(Input.Token, token.length, MAX_TOKEN_SIZE);
        checkSize(Input.Ballot, ballot.length, MAX_BALLOT_SIZE);
        if (hasVoted[pseudonym]) revert AlreadyVoted(pseudonym);
        if (pseudonym == address(0) || recover(castDigest(token, ballot), signature) != pseudonym) revert BadSignature();
        hasVoted[pseudonym] = true;
        uint64 seq = ballotCount;
        ballotCount = seq + 1;
        emit BallotCast(pseudonym, seq, token, ballot, signature);
    }

    /// @notice The registrar's count of issued tokens while the polls are
    /// open; never decreases. from is the count this post follows (the
    /// last one posted, 0 for the first): a post made from a stale count,
    /// e.g. by a second registrar replica, is refused, so that the posts
    /// cut the issuances into consecutive intervals. logRoot is the root of
    /// the registration-log entries of the tokens numbered from + 1 to
    /// count (docs/protocol.md, the registration log).
    function postTokenCount(uint256 from, uint256 count, bytes32 logRoot) external {
        if (msg.sender != registrar) revert NotRegistrar();
        requireState(State.Open);
        setTokenCount(from, count);
        emit TokenCountPosted(count, logRoot);
    }

    /// @notice The registrar's final count, once, after the close: the
    /// registrar reads it only after it has seen the polls closed and has
    /// stopped issuing, so it covers every token of every cast, and a
    /// count read before the close and mined after it (postTokenCount)
    /// is refused rather than taken as final.
    function postFinalTokenCount(uint256 from, uint256 count, bytes32 logRoot) external {
        if (msg.sender != registrar) revert NotRegistrar();
        requireState(State.Closed);
        if (tokenCountFinal) revert FinalTokenCountPostedAlready();
        setTokenCount(from, count);
        tokenCountFinal = true;
        emit FinalTokenCountPosted(count, logRoot);
    }

    function closePolls() external onlyCommission inState(State.Open) {
        advance(State.Closed);
    }

    // ---- Decryption: round 0 (test) in Ready, round 1 (tally) in Closed ----

    function postDecryptionShare(uint8 round, bytes calldata share) external {
        uint8 i = trusteeIndex();
        if (round > 1) revert BadRound(round);
        requireState(round == 0 ? State.Ready : State.Closed);
        if (qualifiedMask & (uint64(1) << i) == 0) revert NotQualified();
        checkSize(Input.Share, share.length, MAX_POST_SIZE);
        shareMasks[round] = markOnce(shareMasks[round], i);
        emit DecryptionSharePosted(round, i, share);
    }

    // ---- Mix phase, in Closed (docs/protocol.md, section 14.8) ----

    /// @notice A qualified trustee's mix, once, before finishMix: input and
    /// output are the hashes of the lists it read and wrote, file the
    /// SHA-256 of its mix file (output lists and proofs). The contract does
    /// not check the proofs: every verifier does, and skips a mix whose
    /// input is not the last valid output or whose proof fails.
    function postMix(bytes32 input, bytes32 output, bytes32 file) external {
        uint8 i = trusteeIndex();
        requireState(State.Closed);
        if (mixFinished) revert MixClosed();
        if (qualifiedMask & (uint64(1) << i) == 0) revert NotQualified();
        mixMask = markOnce(mixMask, i);
        emit MixPosted(i, input, output, file);
    }

    /// @notice Ends mixing, once, after at least one mix: the lists to
    /// decrypt are the output of the last valid mix posted before this.
    function finishMix() external onlyCommission inState(State.Closed) {
        if (mixFinished) revert MixClosed();
        if (mixMask == 0) revert NoMix();
        mixFinished = true;
        emit MixFinished();
    }

    /// @notice A qualified trustee's decryption of the mixed lists, once,
    /// after finishMix: lists is the hash of the lists it decrypted, file
    /// the SHA-256 of its share file (a partial decryption with a proof
    /// for every ciphertext).
    function postMixShare(bytes32 lists, bytes32 file) external {
        uint8 i = trusteeIndex();
        requireState(State.Closed);
        if (!mixFinished) revert MixNotFinished();
        if (qualifiedMask & (uint64(1) << i) == 0) revert NotQualified();
        mixShareMask = markOnce(mixShareMask, i);
        emit MixSharePosted(i, lists, file);
    }

    /// @notice Publishes the result and the hash of the tally record once
    /// the registrar's final token count is on chain, at least threshold
    /// trustees posted their tally share, and, if anyone mixed, mixing
    /// ended and at least threshold trustees decrypted the mixed lists.
    function publishResult(bytes calldata data, bytes32 record) external onlyCommission inState(State.Closed) {
        checkSize(Input.Result, data.length, MAX_RESULT_SIZE);
        if (!tokenCountFinal) revert NoFinalTokenCount();
        uint256 have = popcount(shareMasks[1]);
        if (have < threshold) revert NotEnoughShares(have, threshold);
        if (mixMask != 0) {
            if (!mixFinished) revert MixNotFinished();
            have = popcount(mixShareMask);
            if (have < threshold) revert NotEnoughShares(have, threshold);
        }
        result = data;
        recordHash = record;
        emit ResultPublished(record, data);
        advance(State.Tallied);
    }

    // ---- Views ----

    /// @notice The manifest hash, which is the election id.
    function manifestHash() external view returns (bytes32) {
        return electionId;
    }

    function trustees() external view returns (address[] memory) {
        return trusteeList;
    }

    /// @notice Trustees that posted a decryption share in round (0 or 1).
    function shareMask(uint8 round) external view returns (uint64) {
        if (round > 1) revert BadRound(round);
        return shareMasks[round];
    }

    /// @notice The digest a pseudonym signs to cast ballot with token here
    /// (docs/protocol.md, section 8).
    function castDigest(bytes calldata token, bytes calldata ballot) public view returns (bytes32) {
        return keccak256(
            abi.encodePacked(
                "evote/v1/cast", uint64(block.chainid), address(this), electionId, keccak256(token), keccak256(ballot)
            )
        );
    }

    // ---- Internals ----

    function setTokenCount(uint256 from, uint256 count) private {
        if (from != tokenCount) revert TokenCountMoved(tokenCount, from);
        if (count < from) revert TokenCountDecreased(from, count);
        tokenCount = count;
    }

    function advance(State next) private {
        state = next;
        emit StateChanged(next);
    }

    function requireState(State required) private view {
        State s = state;
        if (s != required) revert WrongState(s, required);
    }

    function trusteeIndex() private view returns (uint8) {
        uint8 number = trusteeNumber[msg.sender];
        if (number == 0) revert NotTrustee();
        return number - 1;
    }

    function markOnce(uint64 mask, uint8 i) private pure returns (uint64) {
        uint64 bit = uint64(1) << i;
        if (mask & bit != 0) revert AlreadyPosted(i);
        return mask | bit;
    }

    function checkSize(Input input, uint256 size, uint256 max) private pure {
        if (size == 0 || size > max) revert BadSize(input, size, max);
    }

    function popcount(uint256 x) private pure returns (uint256 n) {
        for (; x != 0; n++) {
            x &= x - 1;
        }
    }

    /// @dev r || s || v, v in {27, 28}, s in the lower half; 0 if invalid.
    function recover(bytes32 digest, bytes calldata sig) private pure returns (address) {
        if (sig.length != 65) return address(0);
        bytes32 r = bytes32(sig[0:32]);
        bytes32 s = bytes32(sig[32:64]);
        uint8 v = uint8(sig[64]);
        if (uint256(s) > HALF_N || (v != 27 && v != 28)) return address(0);
        return ecrecover(digest, v, r, s);
    }
}
