using System.Collections;
using System.Reflection;
using QingdaoReader.Rendering;
using Scriban.Runtime;

namespace QingdaoReader.Tests.Rendering;

/// <summary>
/// The templates see each view as the ScriptObject its ToScript makes (no reflection, for the native executable).
/// Each must hold every property of the view under the name Scriban's reflection gave it (snake_case), with that
/// property's value: views are made here with a distinct value in every property, so a missing, misnamed or swapped
/// key fails.
/// </summary>
public class PageModelsTests
{
    public static TheoryData<Type> Views() =>
    [
        typeof(SiteView), typeof(SectionView), typeof(PlaceView), typeof(OccurrenceView), typeof(SourceView),
        typeof(GlossaryEntryView), typeof(CategoryView), typeof(ReadingView), typeof(PathsView),
    ];

    [Theory]
    [MemberData(nameof(Views))]
    public void A_view_gives_the_templates_every_property_under_its_template_name(Type view)
    {
        var counter = 0;
        var sample = Sample(view, ref counter);
        AssertSame(sample, ToScript(sample));
    }

    // ToScript's optional parameters (ReadingView's shared term objects) take their defaults.
    private static ScriptObject ToScript(object view)
    {
        var method = view.GetType().GetMethod("ToScript")!;
        return (ScriptObject)method.Invoke(view, method.GetParameters().Select(p => p.DefaultValue).ToArray())!;
    }

    private static void AssertSame(object view, ScriptObject script)
    {
        var properties = view.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.GetIndexParameters().Length == 0 && p.Name != "EqualityContract").ToList();
        Assert.Equal(properties.Select(p => StandardMemberRenamer.Default(p)).Order(), script.Keys.Order());
        foreach (var p in properties)
        {
            var expected = p.GetValue(view);
            var actual = script[StandardMemberRenamer.Default(p)];
            if (expected is IEnumerable list and not string)
            {
                var items = list.Cast<object>().ToList();
                var array = Assert.IsType<ScriptArray>(actual);
                Assert.Equal(items.Count, array.Count);
                for (var i = 0; i < items.Count; i++)
                {
                    if (items[i] is string) Assert.Equal(items[i], array[i]);
                    else AssertSame(items[i], Assert.IsType<ScriptObject>(array[i]));
                }
            }
            else Assert.Equal(expected, actual);
        }
    }

    // A view whose every value differs from every other: strings "p3", numbers 3, true, lists of two samples.
    private static object Sample(Type type, ref int counter)
    {
        if (type == typeof(string)) return "p" + ++counter;
        if (type == typeof(int)) return ++counter;
        if (type == typeof(bool)) return true;
        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IReadOnlyList<>))
        {
            var item = type.GetGenericArguments()[0];
            var list = (IList)Activator.CreateInstance(typeof(List<>).MakeGenericType(item))!;
            list.Add(Sample(item, ref counter));
            list.Add(Sample(item, ref counter));
            return list;
        }
        // A positional record through its constructor; a record of init properties (ReadingView) property by property.
        var constructor = type.GetConstructors().Single();
        var arguments = new List<object>();
        foreach (var parameter in constructor.GetParameters()) arguments.Add(Sample(parameter.ParameterType, ref counter));
        var view = constructor.Invoke(arguments.ToArray());
        if (arguments.Count == 0)
        {
            foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanWrite))
            {
                var propertyType = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
                property.SetValue(view, Sample(propertyType, ref counter));
            }
        }
        return view;
    }
}
