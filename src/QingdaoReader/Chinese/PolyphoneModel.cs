using QingdaoReader.Chinese.Binary;
using System.Buffers.Binary;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Security.Cryptography;
using System.Text;

namespace QingdaoReader.Chinese;

/// <summary>The model's choice for one polyphonic character: the tone-marked reading and its probability among the character's readings.</summary>
public readonly record struct PolyphonePrediction(string Syllable, float Probability);

/// <summary>
/// A polyphone context model: the inference of g2pM (Park &amp; Lee, Interspeech 2020; Apache License 2.0, notice in
/// <c>Data/LICENSES.md</c>), a one-layer bidirectional LSTM (hidden size 32) over the characters of a sentence, then two
/// linear layers at the polyphonic character. Its weights come from <c>Data/polyphone-model.bin</c>, converted once by
/// <c>src/QingdaoReader.DataGen/PolyphoneModel/convert_g2pm.py</c>, which also precomputes each character's input
/// projection, so a step costs one look-up and the recurrent product. Read-only after loading; thread-safe.
/// </summary>
public sealed class PolyphoneModel
{
    private const int Version = 1;
    private const int HeaderSize = 4 + 9 * 4 + 32;
    private const int Hidden = 32, Gates = 4 * Hidden;

    /// <summary>Context that reaches the whole sentence, as the original runs the model.</summary>
    public const int WholeSentence = int.MaxValue / 2;

    private readonly int[] _bmpIds;                    // code point → input id for the BMP (0 = unknown)
    private readonly Dictionary<int, int> _astralIds;  // the same beyond the BMP
    private readonly int _unknownId, _beginId, _endId;
    private readonly float[] _forwardInput, _backwardInput;       // [vocab][Gates]
    private readonly float[] _forwardRecurrentT, _backwardRecurrentT; // transposed: [Hidden][Gates]
    private readonly float[] _hiddenWeights, _hiddenBias;         // [Hidden][2·Hidden], [Hidden]
    private readonly float[] _outputWeights, _outputBias;         // [classes][Hidden], [classes]
    private readonly string[] _classSyllables;                    // tone-marked
    private readonly string[] _classNumbered;                     // as the model names them: zhong4, lu:4, le5
    private readonly Dictionary<int, ushort[]> _candidates;
    private readonly Dictionary<string, ushort> _classBySyllable;

    private PolyphoneModel(ReadOnlySpan<byte> file, bool verified = false)
    {
        if (file.Length < HeaderSize || !file[..4].SequenceEqual("QRPM"u8))
            throw new InvalidDataException("The polyphone model file is not a QingdaoReader model (bad magic); regenerate it (see src/QingdaoReader/Chinese/README.md).");
        int version = BinaryPrimitives.ReadInt32LittleEndian(file[4..]);
        if (version != Version)
            throw new InvalidDataException($"The polyphone model file has version {version}; this build reads version {Version}. Regenerate it (see src/QingdaoReader/Chinese/README.md).");
        int vocab = BinaryPrimitives.ReadInt32LittleEndian(file[8..]);
        int hidden = BinaryPrimitives.ReadInt32LittleEndian(file[12..]);
        int classes = BinaryPrimitives.ReadInt32LittleEndian(file[16..]);
        int polyphones = BinaryPrimitives.ReadInt32LittleEndian(file[20..]);
        _unknownId = BinaryPrimitives.ReadInt32LittleEndian(file[28..]);
        _beginId = BinaryPrimitives.ReadInt32LittleEndian(file[32..]);
        _endId = BinaryPrimitives.ReadInt32LittleEndian(file[36..]);
        if (hidden != Hidden) throw new InvalidDataException($"The polyphone model has hidden size {hidden}; this build runs {Hidden}.");
        var payload = file[HeaderSize..];
        // Inside the language data the file's own checksum has been checked already (the whole file's XxHash3).
        if (!verified && !SHA256.HashData(payload).AsSpan().SequenceEqual(file.Slice(40, 32)))
            throw new InvalidDataException("The polyphone model file is damaged (checksum mismatch); regenerate it (see src/QingdaoReader/Chinese/README.md).");

        var reader = new SpanReader(payload);
        var codePoints = reader.Ints(vocab);
        _bmpIds = new int[0x10000];
        _astralIds = [];
        for (int id = 0; id < vocab; id++)
        {
            int cp = codePoints[id];
            if (cp < 0) continue;
            if (cp <= 0xFFFF) _bmpIds[cp] = id;
            else _astralIds[cp] = id;
        }
        _forwardInput = reader.Floats(vocab * Gates);
        _backwardInput = reader.Floats(vocab * Gates);
        _forwardRecurrentT = Transpose(reader.Floats(Gates * Hidden), Gates, Hidden);
        _backwardRecurrentT = Transpose(reader.Floats(Gates * Hidden), Gates, Hidden);
        _hiddenWeights = reader.Floats(Hidden * 2 * Hidden);
        _hiddenBias = reader.Floats(Hidden);
        _outputWeights = reader.Floats(classes * Hidden);
        _outputBias = reader.Floats(classes);
        _classNumbered = new string[classes];
        _classSyllables = new string[classes];
        for (int c = 0; c < classes; c++)
        {
            _classNumbered[c] = reader.ShortString();
            _classSyllables[c] = Pinyin.FromNumbered(_classNumbered[c]);
        }
        _classBySyllable = new Dictionary<string, ushort>(classes, StringComparer.Ordinal);
        for (int c = 0; c < classes; c++) _classBySyllable.TryAdd(_classSyllables[c], (ushort)c);
        _candidates = new Dictionary<int, ushort[]>(polyphones);
        for (int i = 0; i < polyphones; i++)
        {
            int cp = reader.Int();
            var ids = new ushort[reader.Byte()];
            for (int k = 0; k < ids.Length; k++) ids[k] = reader.UShort();
            _candidates[cp] = ids;
        }
        if (!reader.AtEnd) throw new InvalidDataException("The polyphone model file has trailing bytes; regenerate it.");
    }

    /// <summary>Loads the model from the language data (its section holds the model file as converted, checked with the rest).</summary>
    public static PolyphoneModel Load(LanguageDataFile data) => new(data.Bytes(LanguageDataFormat.PolyphoneModel), verified: true);

    /// <summary>Loads a model file (for tests of damaged or foreign files).</summary>
    public static PolyphoneModel Load(ReadOnlySpan<byte> file) => new(file);

    /// <summary>True when the model knows more than one reading of the character.</summary>
    public bool IsPolyphone(int codePoint) => _candidates.ContainsKey(codePoint);

    /// <summary>The tone-marked readings the model chooses among for a character (empty when it is not a polyphone to the model).</summary>
    public IReadOnlyList<string> Readings(int codePoint) =>
        _candidates.TryGetValue(codePoint, out var ids) ? [.. ids.Select(id => _classSyllables[id])] : [];

    /// <summary>
    /// Runs the model over one sentence (its runes' code points) and predicts the reading at each of
    /// <paramref name="positions"/> (rune indexes of polyphonic characters), restricted to the character's own readings.
    /// The sentence is wrapped in the begin and end markers as the original does. <paramref name="context"/> limits how
    /// many characters each direction reads on either side of a position (the recurrent state starts afresh there);
    /// positions must be in ascending order.
    /// </summary>
    public void Predict(ReadOnlySpan<int> sentence, ReadOnlySpan<int> positions, Span<PolyphonePrediction> results, int context = WholeSentence) =>
        Predict(sentence, positions, default, results, context);

    /// <summary>
    /// As <see cref="Predict(ReadOnlySpan{int}, ReadOnlySpan{int}, Span{PolyphonePrediction}, int)"/>, with the readings to
    /// choose among given per position (tone-marked; null for the character's own), e.g. a dictionary word's readings
    /// of one of its characters. Readings the model has no class for are left out; with fewer than two left, the
    /// character's own readings are used.
    /// </summary>
    public void Predict(ReadOnlySpan<int> sentence, ReadOnlySpan<int> positions, ReadOnlySpan<IReadOnlyList<string>?> readings,
        Span<PolyphonePrediction> results, int context = WholeSentence)
    {
        if (positions.Length == 0) return;
        Span<float> layer = stackalloc float[Hidden];
        using var encoded = new EncodedSentence(this, sentence, positions, context);
        for (int k = 0; k < positions.Length; k++)
        {
            encoded.HiddenLayer(positions[k], layer);
            var classes = k < readings.Length && readings[k] is { } given ? ClassesOf(given) : null;
            results[k] = classes is { Length: >= 2 } ? Choose(classes, layer)
                : _candidates.TryGetValue(sentence[positions[k]], out var own) ? Choose(own, layer) : default;
        }
    }

    private ushort[] ClassesOf(IReadOnlyList<string> syllables)
    {
        var ids = new List<ushort>(syllables.Count);
        foreach (string s in syllables)
        {
            if (_classBySyllable.TryGetValue(s, out ushort id) && !ids.Contains(id)) ids.Add(id);
        }
        return [.. ids];
    }

    /// <summary>The original's own choice, the arg-max over all classes, as a numbered syllable (for the equivalence test).</summary>
    internal string PredictUnrestricted(ReadOnlySpan<int> sentence, int position)
    {
        Span<float> layer = stackalloc float[Hidden];
        using (var encoded = new EncodedSentence(this, sentence, [position], WholeSentence)) encoded.HiddenLayer(position, layer);
        int best = 0;
        float bestLogit = float.NegativeInfinity;
        for (int c = 0; c < _outputBias.Length; c++)
        {
            float logit = _outputBias[c] + Dot(_outputWeights.AsSpan(c * Hidden, Hidden), layer);
            if (logit > bestLogit) (best, bestLogit) = (c, logit);
        }
        return _classNumbered[best];
    }

    private int IdOf(int codePoint)
    {
        if (codePoint <= 0xFFFF) return _bmpIds[codePoint] is var id and not 0 ? id : _unknownId;
        return _astralIds.GetValueOrDefault(codePoint, _unknownId);
    }

    /// <summary>The reading with the highest logit among the candidates, and its softmax probability among them.</summary>
    private PolyphonePrediction Choose(ushort[] candidates, ReadOnlySpan<float> layer)
    {
        Span<float> logits = stackalloc float[candidates.Length];
        int best = 0;
        for (int k = 0; k < candidates.Length; k++)
        {
            int c = candidates[k];
            logits[k] = _outputBias[c] + Dot(_outputWeights.AsSpan(c * Hidden, Hidden), layer);
            if (logits[k] > logits[best]) best = k;
        }
        double total = 0;
        for (int k = 0; k < logits.Length; k++) total += Math.Exp(logits[k] - logits[best]);
        return new PolyphonePrediction(_classSyllables[candidates[best]], (float)(1 / total));
    }

    /// <summary>
    /// A sentence's hidden states in both directions around the positions asked for, in pooled buffers.
    /// </summary>
    private readonly ref struct EncodedSentence
    {
        private readonly PolyphoneModel _model;
        private readonly float[] _states;
        private readonly int _steps;

        public EncodedSentence(PolyphoneModel model, ReadOnlySpan<int> sentence, ReadOnlySpan<int> positions, int window)
        {
            _model = model;
            _steps = sentence.Length + 2;
            _states = System.Buffers.ArrayPool<float>.Shared.Rent(2 * _steps * Hidden);
            int[] ids = System.Buffers.ArrayPool<int>.Shared.Rent(_steps);
            try
            {
                ids[0] = model._beginId;
                for (int i = 0; i < sentence.Length; i++) ids[i + 1] = model.IdOf(sentence[i]);
                ids[_steps - 1] = model._endId;
                var span = ids.AsSpan(0, _steps);
                var forward = _states.AsSpan(0, _steps * Hidden);
                var backward = _states.AsSpan(_steps * Hidden, _steps * Hidden);
                // Each position needs the forward states from up to `window` steps before it and the backward states
                // from up to `window` steps after it; overlapping stretches are run once.
                int runStart = -1, runEnd = -1;
                foreach (int p in positions)
                {
                    int s = p + 1, start = Math.Max(0, s - window);
                    if (runStart >= 0 && start <= runEnd + 1) { runEnd = s; continue; }
                    if (runStart >= 0) RunDirection(span, forward, model._forwardInput, model._forwardRecurrentT, runStart, runEnd, +1);
                    (runStart, runEnd) = (start, s);
                }
                RunDirection(span, forward, model._forwardInput, model._forwardRecurrentT, runStart, runEnd, +1);
                runStart = runEnd = -1;
                for (int k = positions.Length - 1; k >= 0; k--)
                {
                    int s = positions[k] + 1, start = Math.Min(_steps - 1, s + window);
                    if (runStart >= 0 && start >= runEnd - 1) { runEnd = s; continue; }
                    if (runStart >= 0) RunDirection(span, backward, model._backwardInput, model._backwardRecurrentT, runStart, runEnd, -1);
                    (runStart, runEnd) = (start, s);
                }
                RunDirection(span, backward, model._backwardInput, model._backwardRecurrentT, runStart, runEnd, -1);
            }
            finally
            {
                System.Buffers.ArrayPool<int>.Shared.Return(ids);
            }
        }

        /// <summary>The first linear layer with ReLU over both directions' states at a rune of the sentence.</summary>
        public void HiddenLayer(int position, Span<float> layer)
        {
            Span<float> joined = stackalloc float[2 * Hidden];
            int step = position + 1;
            _states.AsSpan(step * Hidden, Hidden).CopyTo(joined);
            _states.AsSpan((_steps + step) * Hidden, Hidden).CopyTo(joined[Hidden..]);
            for (int j = 0; j < Hidden; j++)
            {
                float sum = _model._hiddenBias[j] + Dot(_model._hiddenWeights.AsSpan(j * 2 * Hidden, 2 * Hidden), joined);
                layer[j] = sum > 0 ? sum : 0;
            }
        }

        public void Dispose() => System.Buffers.ArrayPool<float>.Shared.Return(_states);
    }

    private static float Dot(ReadOnlySpan<float> a, ReadOnlySpan<float> b)
    {
        var acc = Vector256<float>.Zero;
        int i = 0;
        for (; i + 8 <= a.Length; i += 8) acc += Vector256.Create(a.Slice(i, 8)) * Vector256.Create(b.Slice(i, 8));
        float sum = Vector256.Sum(acc);
        for (; i < a.Length; i++) sum += a[i] * b[i];
        return sum;
    }

    /// <summary>
    /// One LSTM direction from step <paramref name="from"/> to <paramref name="to"/> (inclusive), writing each hidden
    /// state. Gates as PyTorch orders them: input, forget, cell candidate, output. The recurrent product keeps eight
    /// gate vectors in registers at a time (two passes over the 128 gates), so the 32 multiply-adds per vector are
    /// independent chains and no partial sums go through memory.
    /// </summary>
    private static void RunDirection(ReadOnlySpan<int> ids, Span<float> states, float[] input, float[] recurrentT, int from, int to, int step)
    {
        Span<Vector256<float>> g = stackalloc Vector256<float>[Gates / 8];
        Span<float> h = stackalloc float[Hidden];
        Span<Vector256<float>> c = stackalloc Vector256<float>[Hidden / 8];
        h.Clear();
        c.Clear();
        ref var inputs = ref MemoryMarshal.GetReference(MemoryMarshal.Cast<float, Vector256<float>>(input.AsSpan()));
        ref var weights = ref MemoryMarshal.GetReference(MemoryMarshal.Cast<float, Vector256<float>>(recurrentT.AsSpan()));
        var hv = MemoryMarshal.Cast<float, Vector256<float>>(h);
        const int row = Gates / 8, quarter = Hidden / 8;
        for (int t = from; ; t += step)
        {
            ref var x = ref Unsafe.Add(ref inputs, ids[t] * row);
            for (int half = 0; half < row; half += 8)
            {
                var a0 = Unsafe.Add(ref x, half);
                var a1 = Unsafe.Add(ref x, half + 1);
                var a2 = Unsafe.Add(ref x, half + 2);
                var a3 = Unsafe.Add(ref x, half + 3);
                var a4 = Unsafe.Add(ref x, half + 4);
                var a5 = Unsafe.Add(ref x, half + 5);
                var a6 = Unsafe.Add(ref x, half + 6);
                var a7 = Unsafe.Add(ref x, half + 7);
                for (int k = 0; k < Hidden; k++)
                {
                    var hk = Vector256.Create(h[k]);
                    ref var w = ref Unsafe.Add(ref weights, k * row + half);
                    a0 = Vector256.FusedMultiplyAdd(w, hk, a0);
                    a1 = Vector256.FusedMultiplyAdd(Unsafe.Add(ref w, 1), hk, a1);
                    a2 = Vector256.FusedMultiplyAdd(Unsafe.Add(ref w, 2), hk, a2);
                    a3 = Vector256.FusedMultiplyAdd(Unsafe.Add(ref w, 3), hk, a3);
                    a4 = Vector256.FusedMultiplyAdd(Unsafe.Add(ref w, 4), hk, a4);
                    a5 = Vector256.FusedMultiplyAdd(Unsafe.Add(ref w, 5), hk, a5);
                    a6 = Vector256.FusedMultiplyAdd(Unsafe.Add(ref w, 6), hk, a6);
                    a7 = Vector256.FusedMultiplyAdd(Unsafe.Add(ref w, 7), hk, a7);
                }
                g[half] = a0; g[half + 1] = a1; g[half + 2] = a2; g[half + 3] = a3;
                g[half + 4] = a4; g[half + 5] = a5; g[half + 6] = a6; g[half + 7] = a7;
            }
            for (int q = 0; q < quarter; q++)
            {
                var i = Sigmoid(g[q]);
                var f = Sigmoid(g[quarter + q]);
                var cell = Tanh(g[2 * quarter + q]);
                var o = Sigmoid(g[3 * quarter + q]);
                c[q] = f * c[q] + i * cell;
                hv[q] = o * Tanh(c[q]);
            }
            h.CopyTo(states.Slice(t * Hidden, Hidden));
            if (t == to) break;
        }
    }

    private static Vector256<float> Sigmoid(Vector256<float> x) => Vector256<float>.One / (Vector256<float>.One + Vector256.Exp(-x));

    // tanh(x) = 2·sigmoid(2x) − 1, with the argument clamped where float32 saturates anyway.
    private static Vector256<float> Tanh(Vector256<float> x)
    {
        var two = Vector256.Create(2f);
        x = Vector256.Clamp(x, Vector256.Create(-15f), Vector256.Create(15f));
        return two / (Vector256<float>.One + Vector256.Exp(-two * x)) - Vector256<float>.One;
    }

    private static float[] Transpose(float[] m, int rows, int cols)
    {
        var t = new float[m.Length];
        for (int r = 0; r < rows; r++)
            for (int c = 0; c < cols; c++) t[c * rows + r] = m[r * cols + c];
        return t;
    }

    private ref struct SpanReader(ReadOnlySpan<byte> data)
    {
        private ReadOnlySpan<byte> _rest = data;

        public readonly bool AtEnd => _rest.IsEmpty;

        public int[] Ints(int count) => MemoryMarshal.Cast<byte, int>(Take(count * 4)).ToArray();

        public float[] Floats(int count) => MemoryMarshal.Cast<byte, float>(Take(count * 4)).ToArray();

        public int Int() => BinaryPrimitives.ReadInt32LittleEndian(Take(4));

        public ushort UShort() => BinaryPrimitives.ReadUInt16LittleEndian(Take(2));

        public byte Byte() => Take(1)[0];

        public string ShortString() => Encoding.UTF8.GetString(Take(Byte()));

        private ReadOnlySpan<byte> Take(int count)
        {
            if (count > _rest.Length) throw new InvalidDataException("The polyphone model file is truncated; regenerate it.");
            var taken = _rest[..count];
            _rest = _rest[count..];
            return taken;
        }
    }
}
