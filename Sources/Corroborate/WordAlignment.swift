/// One step of an alignment of a quote (q: quote word index) with the record
/// (r: word position in the index).
enum AlignmentStep: Equatable, Sendable {
    /// The same word on both sides.
    case match(q: Int, r: Int)
    /// A word of the record replaced by another in the quote.
    case substitute(q: Int, r: Int)
    /// A word in the quote only.
    case insert(q: Int)
    /// A word in the record only.
    case delete(r: Int)
}

/// A banded, semi-global word alignment: the whole quote against any stretch
/// of the record region, with cells computed only within `band` words of the
/// diagonals where shingles matched. Content words weigh more than function
/// words; a substitution costs less than a deletion plus an insertion.
struct WordAlignment {
    /// The steps, in order.
    var steps: [AlignmentStep]

    /// Aligns `quote` (ids and weights) with `record` positions `region`,
    /// keeping to diagonals `diagonals` (record offset in `region` minus quote
    /// index) widened by `band`.
    init(quote: [Int32], weights: [Float], index: ShingleIndex, region: Range<Int>,
         diagonals: ClosedRange<Int>, band: Int) {
        let m = quote.count, n = region.count
        let width = n + 1
        let minusInfinity = -Float.greatestFiniteMagnitude
        var score = [Float](repeating: minusInfinity, count: (m + 1) * width)
        // 0 none, 1 diagonal, 2 up (insert quote word), 3 left (delete record word).
        var move = [UInt8](repeating: 0, count: (m + 1) * width)
        for j in 0...n { score[j] = 0 }
        guard m > 0 else {
            steps = []
            return
        }
        for i in 1...m {
            let low = max(0, i + diagonals.lowerBound - band)
            let high = min(n, i + diagonals.upperBound + band)
            guard low <= high else { continue }
            let wq = weights[i - 1]
            for j in low...high {
                var best = minusInfinity, step: UInt8 = 0
                let up = score[(i - 1) * width + j]
                if up > minusInfinity, up - 0.7 * wq > best { best = up - 0.7 * wq; step = 2 }
                if j > 0 {
                    let r = region.lowerBound + j - 1
                    let wr = index.weights[Int(index.words[r])]
                    let diagonal = score[(i - 1) * width + j - 1]
                    if diagonal > minusInfinity {
                        let gain = quote[i - 1] == index.words[r] ? wq : -0.5 * (wq + wr)
                        if diagonal + gain > best { best = diagonal + gain; step = 1 }
                    }
                    let left = score[i * width + j - 1]
                    if left > minusInfinity, left - 0.7 * wr > best { best = left - 0.7 * wr; step = 3 }
                }
                score[i * width + j] = best
                move[i * width + j] = step
            }
        }
        var endJ = 0, bestEnd = minusInfinity
        for j in 0...n where score[m * width + j] > bestEnd {
            bestEnd = score[m * width + j]
            endJ = j
        }
        var steps: [AlignmentStep] = []
        var (i, j) = (m, endJ)
        while i > 0 {
            let r = region.lowerBound + j - 1
            switch move[i * width + j] {
            case 1:
                steps.append(quote[i - 1] == index.words[r] ? .match(q: i - 1, r: r) : .substitute(q: i - 1, r: r))
                i -= 1; j -= 1
            case 3:
                steps.append(.delete(r: r))
                j -= 1
            default:
                steps.append(.insert(q: i - 1))
                i -= 1
            }
        }
        self.steps = steps.reversed()
    }

    /// Whether every step is a match.
    var isExact: Bool {
        steps.allSatisfy { if case .match = $0 { true } else { false } }
    }
}
