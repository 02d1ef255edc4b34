/// A page's model as the templates read it: every struct made a dictionary of
/// its stored properties by name, once per page, before rendering.
///
/// The template engine looks each tag up in every model on its stack; on a
/// struct it reflects (`Mirror`) the whole value for each lookup, which made
/// rendering the quote page a quarter of the desk's time under load
/// (`bench-desk`, perf: 24.6% in rendering, 19.5% in `Mirror`), while a
/// dictionary answers at once. The reading is the engine's own: a `nil`
/// property is left out, so that a lookup goes on to the models around it as
/// it does for a `nil` found by reflection; arrays stay arrays (sections
/// repeat over them), `Bool`s stay `Bool`s (sections test them), and every
/// other value (strings, numbers, enums) is kept as it is.
enum TemplateModel {
    /// `value` with its structs (and classes) made `[String: Any]`, at every depth.
    static func reading(_ value: Any) -> Any {
        switch value {
        case is String, is Bool, is Int, is Int64, is Double: return value
        default: break
        }
        let mirror = Mirror(reflecting: value)
        switch mirror.displayStyle {
        case .struct?, .class?:
            var fields: [String: Any] = [:]
            for child in mirror.children {
                guard let label = child.label, let field = unwrapped(child.value) else { continue }
                fields[label] = reading(field)
            }
            return fields
        case .collection?:
            return mirror.children.map { reading($0.value) }
        case .optional?:
            return mirror.children.first.map { reading($0.value) } as Any
        default:
            return value
        }
    }

    /// The value an optional holds, `nil` for none; any other value as it is.
    private static func unwrapped(_ value: Any) -> Any? {
        let mirror = Mirror(reflecting: value)
        guard mirror.displayStyle == .optional else { return value }
        return mirror.children.first?.value
    }
}
