/// A value held in one shared box and copied only when a holder changes it while others share it.
///
/// Briefings and their cards are copied into closures, records and pages many times per build; held
/// this way a copy counts one reference instead of one per field (`Article`, `ArticleCard`).
public struct CopyOnWrite<Value: Sendable>: @unchecked Sendable {
    // Inlinable so that each module's use is specialised: through unspecialised generic code every
    // field access of a briefing cost metadata lookups (a 10,000-briefing build took 11 % longer).
    @usableFromInline final class Box {
        @usableFromInline var value: Value
        @inlinable init(_ value: Value) { self.value = value }
    }

    @usableFromInline var box: Box

    /// Holds `value`.
    @inlinable public init(_ value: Value) { box = Box(value) }

    /// The value; a change copies it first when another holder shares the box.
    @inlinable public var value: Value {
        get { box.value }
        _modify {
            if !isKnownUniquelyReferenced(&box) { box = Box(box.value) }
            yield &box.value
        }
    }

    /// True when both hold the very same box (so their values are equal without comparing them).
    @inlinable public func sharesBox(with other: CopyOnWrite) -> Bool { box === other.box }
}

extension CopyOnWrite: Equatable where Value: Equatable {
    @inlinable public static func == (a: CopyOnWrite, b: CopyOnWrite) -> Bool { a.sharesBox(with: b) || a.value == b.value }
}

extension CopyOnWrite: Hashable where Value: Hashable {
    @inlinable public func hash(into hasher: inout Hasher) { hasher.combine(value) }
}
